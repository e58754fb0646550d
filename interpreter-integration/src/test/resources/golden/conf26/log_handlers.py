import io
import logging
import logging.handlers
import sys


class JsonishFormatter(logging.Formatter):
    def format(self, record):
        base = {"lvl": record.levelname, "name": record.name, "msg": record.getMessage()}
        if record.exc_info:
            base["exc"] = self.formatException(record.exc_info).splitlines()[-1]
        if hasattr(record, "user"):
            base["user"] = record.user
        return " ".join("%s=%r" % kv for kv in sorted(base.items()))


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.lineno % 2 == 1 or record.levelno >= logging.ERROR


buf = io.StringIO()
root = logging.getLogger()
root.setLevel(logging.DEBUG)
h1 = logging.StreamHandler(sys.stdout)
class ShortExc(logging.Formatter):
    def formatException(self, ei):
        return "  %s: %s" % (ei[0].__name__, ei[1])


h1.setFormatter(ShortExc("%(levelname)-8s|%(name)s|%(message)s"))
h1.setLevel(logging.INFO)
h2 = logging.StreamHandler(buf)
h2.setFormatter(JsonishFormatter())
root.addHandler(h1)
root.addHandler(h2)

app = logging.getLogger("app")
db = logging.getLogger("app.db")
db.debug("connecting to %s:%d", "localhost", 5432)
db.info("connected")
app.warning("disk at %d%%", 91)
app.info("user logged in", extra={"user": "ann"})
try:
    {}["missing"]
except KeyError:
    app.exception("lookup failed")
db.propagate = False
db.error("not propagated")
db.propagate = True

mem = logging.handlers.MemoryHandler(capacity=3, target=h1, flushLevel=logging.ERROR)
mem.setFormatter(logging.Formatter("MEM %(message)s"))
lg = logging.getLogger("buffered")
lg.propagate = False
lg.addHandler(mem)
for i in range(5):
    lg.info("item %d", i)
lg.error("boom")
mem.close()

adapter = logging.LoggerAdapter(logging.getLogger("svc"), {"user": "bob"})
adapter.info("via adapter")

odd = logging.getLogger("odd")
odd.addFilter(OnlyOdd())
odd.info("maybe shown 1")
odd.info("maybe shown 2")
odd.error("always shown")

print("---- captured ----")
print(buf.getvalue(), end="")
print(logging.getLevelName(25), logging.getLevelName("WARNING"), logging.getLevelName(logging.CRITICAL))
logging.addLevelName(25, "NOTICE")
app.log(25, "custom level")
print(app.getEffectiveLevel(), db.getEffectiveLevel(), app.isEnabledFor(logging.DEBUG))
fmt = logging.Formatter("{levelname}:{name}:{message}", style="{")
rec = logging.LogRecord("x.y", logging.WARNING, "f.py", 10, "hello %s", ("w",), None)
print(fmt.format(rec))
print(logging.Formatter("$levelname $message", style="$").format(rec))
try:
    logging.Formatter("%(nope", style="%").format(rec)
except ValueError as e:
    print("ValueError", e)
logging.shutdown()
