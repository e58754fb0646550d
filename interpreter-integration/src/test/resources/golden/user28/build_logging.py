"""A build tool that logs to stderr with formats, adapters and an exception log."""
import logging
import sys

logging.basicConfig(stream=sys.stderr, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s:%(lineno)d %(message)s")
log = logging.getLogger("build")
fmt = logging.Formatter("[%(name)s] %(levelname)s %(funcName)s: %(message)s")
out_handler = logging.StreamHandler(sys.stdout)
out_handler.setFormatter(fmt)
out_handler.setLevel(logging.WARNING)
out_handler.addFilter(lambda r: r.levelno == logging.WARNING)
compile_log = logging.getLogger("build.compile")
compile_log.addHandler(out_handler)


class TargetAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"<{self.extra['target']}> {msg}", kwargs


class OnlyOdd(logging.Filter):
    def filter(self, record):
        record.step = getattr(record, "step", 0)
        return record.step % 2 == 1


def compile_unit(name, step):
    compile_log.debug("compiling %s (step %d)", name, step, extra={"step": step})
    if name.endswith(".bad"):
        raise SyntaxError(f"cannot parse {name}")
    if name.endswith(".warn"):
        compile_log.warning("unused variable in %r", name)
    return name.rsplit(".", 1)[0] + ".o"


def link(objects):
    log.info("linking %d objects: %s", len(objects), ", ".join(objects))
    if len(objects) > 3:
        log.error("too many objects (%d > %d)", len(objects), 3)
        return False
    return True


log.info("starting build %s", {"target": "app", "jobs": 2})
objects = []
for step, unit in enumerate(["main.c", "util.c.warn", "parser.c.bad", "io.c"], 1):
    try:
        objects.append(compile_unit(unit, step))
    except SyntaxError:
        compile_log.exception("step %d failed", step)
adapter = TargetAdapter(log, {"target": "app"})
adapter.warning("%d of %d units compiled", len(objects), 4)
adapter.info("objects=%r", objects)
print("linked:", link(objects))

odd = logging.getLogger("build.odd")
odd.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(step)s|%(levelno)s|%(message)s"))
h.addFilter(OnlyOdd())
odd.addHandler(h)
for i in range(5):
    odd.warning("step message %s", i, extra={"step": i})
log.setLevel(logging.WARNING)
log.info("hidden")
log.warning("visible at %s", logging.getLevelName(log.getEffectiveLevel()))
print(logging.getLevelName(15), logging.getLevelName("ERROR"), log.isEnabledFor(logging.INFO), compile_log.getEffectiveLevel())
print(compile_log.parent.name, logging.getLogger("build.compile") is compile_log, log.handlers, compile_log.handlers[0].level)
logging.addLevelName(25, "NOTICE")
log.setLevel(logging.DEBUG)
log.log(25, "custom level %s", "ok")
log.critical("%s%%", 100)
try:
    {}["missing"]
except KeyError:
    log.error("lookup failed", exc_info=True)
logging.shutdown()
