"""contextlib in a resource manager: ExitStack (enter_context, callback, push, pop_all, close), suppress,
generator context managers that see, swallow and replace exceptions, redirect_stdout, nullcontext, closing,
ContextDecorator and the exception chaining an exit path produces."""
import contextlib
import io
import sys

log = []


@contextlib.contextmanager
def resource(name, swallow=False):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"{name} saw {e!r}")
        if not swallow:
            raise
    finally:
        log.append(f"close {name}")


with contextlib.ExitStack() as stack:
    a = stack.enter_context(resource("a"))
    b = stack.enter_context(resource("b", swallow=True))
    stack.callback(log.append, "callback 1")
    stack.push(lambda et, ev, tb: log.append(f"push saw {et.__name__ if et else None}"))
    print(a, b)
    raise ValueError("boom")
print(log)
log.clear()

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(resource("x"))
        stack.callback(lambda: 1 / 0)
        raise KeyError("k")
except ZeroDivisionError as e:
    print("outer:", type(e).__name__, "context:", repr(e.__context__))
print(log)
log.clear()


def open_all(names):
    with contextlib.ExitStack() as stack:
        got = [stack.enter_context(resource(n)) for n in names]
        if "bad" in names:
            raise OSError("cannot open bad")
        return got, stack.pop_all()


got, keep = open_all(["p", "q"])
print(got, log)
keep.close()
print(log[-2:])
log.clear()
try:
    open_all(["m", "bad"])
except OSError as e:
    print("OSError:", e, log)
log.clear()

with contextlib.suppress(KeyError, IndexError):
    {}["x"]
    print("not reached")
with contextlib.suppress(ArithmeticError):
    1 / 0
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passes:", e)


@contextlib.contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"missing {e}") from e


try:
    with translate():
        {}["key"]
except LookupError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextlib.contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2)
    sys.stdout.write("raw\n")
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with contextlib.redirect_stderr(ebuf):
    print("to err", file=sys.stderr)
print(repr(ebuf.getvalue()))

with contextlib.nullcontext(42) as v:
    print("null", v)


class Conn:
    def close(self):
        print("conn closed")


with contextlib.closing(Conn()) as c:
    print(type(c).__name__)


class traced(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


@traced()
def work(x):
    return 10 // x


print(work(2))
try:
    work(0)
except ZeroDivisionError:
    print("zde propagated")


class Suppressor(contextlib.AbstractContextManager):
    def __exit__(self, et, ev, tb):
        return et is TypeError


with Suppressor() as s:
    "a" + 1
print(type(s).__name__, issubclass(Conn, contextlib.AbstractContextManager))
