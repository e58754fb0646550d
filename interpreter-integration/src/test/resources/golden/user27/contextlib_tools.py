"""Resource management helpers: ExitStack, suppress, redirect_stdout, contextmanager error paths."""
import contextlib
import io
import sys
from contextlib import ExitStack, contextmanager, suppress, redirect_stdout, redirect_stderr, closing, nullcontext


class Conn:
    opened = []

    def __init__(self, name, fail_close=False):
        self.name = name
        self.fail_close = fail_close
        Conn.opened.append(name)

    def close(self):
        print(f"close {self.name}")
        Conn.opened.remove(self.name)
        if self.fail_close:
            raise OSError(f"close of {self.name} failed")


@contextmanager
def transaction(name, log):
    log.append(f"begin {name}")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"rollback {name}: {e}")
        raise
    else:
        log.append(f"commit {name}")
    finally:
        log.append(f"end {name}")


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


log = []
with transaction("t1", log) as t:
    print("in", t)
try:
    with transaction("t2", log):
        raise ValueError("bad data")
except ValueError:
    pass
print(log)
with swallow():
    {}["k"]
print("after swallow")
for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

with ExitStack() as stack:
    conns = [stack.enter_context(closing(Conn(n))) for n in "abc"]
    stack.callback(print, "callback ran", 1, sep="|")
    print("open:", Conn.opened)
print("open after:", Conn.opened)

try:
    with ExitStack() as stack:
        stack.enter_context(closing(Conn("x", fail_close=True)))
        stack.enter_context(closing(Conn("y")))
        raise KeyError("body")
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__))

with ExitStack() as outer:
    outer.enter_context(closing(Conn("kept")))
    saved = outer.pop_all()
print("still open:", Conn.opened)
saved.close()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        raise ExceptionGroup("g", [KeyError(1), ValueError(2)])
except ExceptionGroup as eg:
    print("remaining:", repr(eg))

buf, ebuf = io.StringIO(), io.StringIO()
with redirect_stdout(buf), redirect_stderr(ebuf):
    print("captured line")
    print("to stderr", file=sys.stderr)
    help_text = "x"
print(repr(buf.getvalue()), repr(ebuf.getvalue()))
with nullcontext(42) as v:
    print("nullcontext", v)


class Tracked(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("Tracked exit", exc[0])


with Tracked() as tr:
    print(type(tr).__name__)


@contextlib.contextmanager
def converting():
    try:
        yield
    except StopIteration:
        raise RuntimeError("converted")


try:
    with converting():
        next(iter([]))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__context__).__name__)


class Dec(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter dec")
        return self

    def __exit__(self, *a):
        print("exit dec", a[0].__name__ if a[0] else None)
        return False


@Dec()
def decorated(x):
    return x * 2


print(decorated(21))
with contextlib.chdir("."):
    print("chdir ok")
try:
    with transaction("t3", log):
        sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, log[-2:])
