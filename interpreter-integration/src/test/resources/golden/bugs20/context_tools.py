# Resource handling with contextlib: contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext.
import contextlib
import io
import sys

class Resource:
    opened = []
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        Resource.opened.append(self.name)
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print("close", self.name, et.__name__ if et else None)
        return False

@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback({e})")
    else:
        log.append("commit")
    finally:
        log.append("end")

log = []
with transaction(log) as t:
    t.append("work")
with transaction(log):
    raise ValueError("bad")
print(log)
try:
    with transaction(log):
        raise KeyError("other")
except KeyError as e:
    print("escaped", repr(e), log[-2:])

with contextlib.ExitStack() as stack:
    files = [stack.enter_context(Resource(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback ran")
    print("inside", Resource.opened)
print("after", Resource.opened)

with contextlib.ExitStack() as stack:
    try:
        for n in ("x", "y", "z"):
            stack.enter_context(Resource(n, fail=(n == "z")))
    except OSError as e:
        print("OSError:", e, Resource.opened)
print("after failure", Resource.opened)

stack = contextlib.ExitStack()
stack.enter_context(Resource("kept"))
moved = stack.pop_all()
stack.close()
print("still", Resource.opened)
moved.close()

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["nope"]
    print("not reached")
print("suppressed")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    help_text = "x"
print("buffer:", repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print("stderr buffer:", repr(err.getvalue()))

class Conn:
    def close(self):
        print("conn closed")
with contextlib.closing(Conn()) as c:
    print("using", type(c).__name__)
with contextlib.nullcontext(5) as v:
    print("null", v)

@contextlib.contextmanager
def indent(level=[0]):
    level[0] += 1
    try:
        yield "  " * level[0]
    finally:
        level[0] -= 1

with indent() as a:
    print(a + "one")
    with indent() as b:
        print(b + "two")
    print(a + "back")

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter timer")
        return self
    def __exit__(self, *exc):
        print("exit timer", exc[0])
        return False

@Timer()
def work(x):
    print("working", x)
    return x * 2
print(work(21))

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")
with swallow():
    1 / 0
print("continued")
cm = transaction([])
print(type(cm).__name__, hasattr(cm, "__enter__"))
with Resource("r1") as r1, Resource("r2") as r2:
    print(r1.name, r2.name)
