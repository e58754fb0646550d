"""An application's logging setup: named loggers in a hierarchy, handlers with their own levels and formatters,
filters, LoggerAdapter with extra fields, exception logging (traceback reduced to its last line), propagation,
disabled loggers, %-style and {-style formats, dictConfig, and logging.shutdown; all into StringIO streams."""
import io
import re
import logging
import logging.config


class Buf(logging.StreamHandler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(io.StringIO())
        self.setLevel(level)

    def lines(self):
        return self.stream.getvalue().splitlines()


class NoSecrets(logging.Filter):
    def filter(self, record):
        if "password" in record.getMessage():
            return False
        record.user = getattr(record, "user", "-")
        return True


root_buf = Buf(logging.WARNING)
root_buf.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s"))
app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
app_buf = Buf()
app_buf.setFormatter(logging.Formatter("{levelname[0]} {name:>10} {user} {message}", style="{"))
app_buf.addFilter(NoSecrets())
app.addHandler(app_buf)
logging.getLogger().addHandler(root_buf)
logging.getLogger().setLevel(logging.INFO)

db = logging.getLogger("app.db")
web = logging.getLogger("app.web")
print(db.parent is app, db.getEffectiveLevel(), web.isEnabledFor(logging.DEBUG), logging.getLogger("other").level)
db.debug("connecting to %s:%d", "localhost", 5432)
db.info("login with password hunter2")
web.warning("slow request %.1f ms", 1234.56)
web.error("status %(code)d for %(path)s", {"code": 503, "path": "/api"})
adapter = logging.LoggerAdapter(web, {"user": "alice"})
adapter.info("viewed %s", "/home")
try:
    {}["missing"]
except KeyError:
    db.exception("lookup failed")
app.propagate = False
web.critical("disk full")
app.propagate = True
logging.getLogger("app.quiet").disabled = True
logging.getLogger("app.quiet").error("never shown")
logging.disable(logging.INFO)
web.info("suppressed by disable")
web.warning("still shown")
logging.disable(logging.NOTSET)

print("-- app handler")
for line in app_buf.lines():
    print(re.sub(r'File ".*[/\\]', 'File "', line))
print("-- root handler")
for line in root_buf.lines():
    print(line if not line.startswith("  ") else "  <traceback line>")

print(logging.getLevelName(25), logging.getLevelName("ERROR"), logging.getLevelName(logging.WARN))
logging.addLevelName(25, "NOTICE")
rec = logging.LogRecord("x.y", 25, "file.py", 7, "n=%s", (3,), None)
print(rec.levelname, rec.getMessage(), rec.module, rec.lineno, rec.funcName)
fmt = logging.Formatter("[%(levelname)s] %(message)s (%(filename)s:%(lineno)d)")
print(fmt.format(rec))
print(logging.Formatter("%(message)s %(missing)s", validate=False).format(rec) if False else "skip")
try:
    logging.Formatter("%(message", validate=True)
except ValueError as e:
    print("ValueError:", e)

stream = io.StringIO()
logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"short": {"format": "%(name)s:%(levelname)s:%(message)s"}},
    "handlers": {"s": {"class": "logging.StreamHandler", "formatter": "short", "stream": stream,
                       "level": "INFO"}},
    "loggers": {"svc": {"handlers": ["s"], "level": "DEBUG", "propagate": False}},
})
svc = logging.getLogger("svc.jobs")
svc.debug("hidden by handler level")
svc.info("job %d started", 1)
svc.log(25, "custom level")
svc.warning("job %d slow", 1)
print(stream.getvalue(), end="")
print(logging.getLogger("svc").handlers[0].level, len(logging.getLogger("svc").handlers))
logging.shutdown()
print("done")
