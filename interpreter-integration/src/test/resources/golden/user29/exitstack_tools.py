"""Resource handling with contextlib: ExitStack, callbacks, suppress, redirect_stdout, closing."""
import contextlib
import io
import sys


class Resource:
    opened = []

    def __init__(self, name, fail_on_enter=False, swallow=False):
        self.name, self.fail_on_enter, self.swallow = name, fail_on_enter, swallow

    def __enter__(self):
        if self.fail_on_enter:
            raise OSError(f"cannot open {self.name}")
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return self.swallow


def open_all(names, fail=None):
    with contextlib.ExitStack() as stack:
        res = [stack.enter_context(Resource(n, fail_on_enter=(n == fail))) for n in names]
        stack.callback(print, "callback: all opened", len(res))
        return [r.name for r in res]


print(open_all(["a", "b", "c"]))
try:
    open_all(["a", "b", "c"], fail="c")
except OSError as e:
    print("failed:", e, "still open:", Resource.opened)

with contextlib.ExitStack() as stack:
    stack.enter_context(Resource("outer"))
    later = stack.pop_all()
print("transferred; open:", Resource.opened)
later.close()


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  handled {e!r} in {name}")
    finally:
        print(f"</{name}>")


with tag("div") as t:
    print("  inside", t)
with tag("span"):
    {}["missing"]
try:
    with tag("p"):
        raise ValueError("bad")
except ValueError as e:
    print("propagated", e)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    help_text = "x"
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to stderr", file=sys.stderr)
print(repr(buf.getvalue()), repr(err.getvalue()))


class Conn:
    def close(self):
        print("conn closed")


with contextlib.closing(Conn()):
    print("using conn")
with contextlib.nullcontext(5) as v:
    print("null", v)

with Resource("swallower", swallow=True):
    raise RuntimeError("hidden")
print("after swallow")


class Tracker(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter tracker")
        return self

    def __exit__(self, *exc):
        print("exit tracker", exc[0].__name__ if exc[0] else None)
        return False


@Tracker()
def work(x):
    return 10 / x


print(work(2))
try:
    work(0)
except ZeroDivisionError:
    print("zero")
with contextlib.ExitStack() as s:
    s.push(lambda *e: print("push exit", e[0].__name__) or True)
    raise LookupError
print("done", Resource.opened)
