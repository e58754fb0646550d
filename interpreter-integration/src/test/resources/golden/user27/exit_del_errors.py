"""A cleanup-heavy tool: exceptions in __del__, atexit handlers, and sys.exit with a message."""
import atexit
import gc
import sys


class TempFile:
    def __init__(self, name, broken=False):
        self.name = name
        self.broken = broken

    def __del__(self):
        if self.broken:
            raise OSError(f"cannot remove {self.name}")
        print(f"removed {self.name}")


class Holder:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("Holder collected")
        raise ValueError("error in cyclic finalizer")


def on_exit(tag):
    print("atexit", tag)


def bad_exit():
    raise RuntimeError("atexit handler failed")


atexit.register(on_exit, "first")
atexit.register(bad_exit)
atexit.register(on_exit, tag="last")

t = TempFile("a.tmp")
del t
gc.collect()
t = TempFile("b.tmp", broken=True)
sys.stdout.flush()
del t
gc.collect()
print("after broken del")
sys.stdout.flush()
h = Holder()
del h
gc.collect()
print("after collect")


def unraisable(u):
    print("hook:", u.exc_type.__name__, u.exc_value, u.err_msg, type(u.object).__name__)


sys.unraisablehook = unraisable
t = TempFile("c.tmp", broken=True)
del t
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
atexit.unregister(on_exit)
atexit.register(on_exit, "re-registered")
for code in [0, 3, None, "text"]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
sys.stdout.flush()
sys.exit("fatal: configuration missing")
