"""A command framework built from decorators: functools.wraps, inspect.signature binding and validation,
singledispatchmethod, partialmethod, lru_cache stats, retry with exception filtering, contextlib.ExitStack."""
import functools
import inspect
import contextlib
from typing import get_type_hints

COMMANDS = {}
CALLS = []


def command(name=None, *, aliases=()):
    def deco(fn):
        sig = inspect.signature(fn)
        hints = get_type_hints(fn)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            for pname, value in bound.arguments.items():
                tp = hints.get(pname)
                if sig.parameters[pname].kind is inspect.Parameter.VAR_POSITIONAL:
                    bound.arguments[pname] = tuple(tp(v) for v in value)
                    continue
                if tp in (int, float, str) and not isinstance(value, tp):
                    try:
                        bound.arguments[pname] = tp(value)
                    except ValueError:
                        raise TypeError(f"{fn.__name__}(): {pname}={value!r} is not {tp.__name__}") from None
            CALLS.append(fn.__name__)
            return fn(*bound.args, **bound.kwargs)

        wrapper.signature = sig
        for n in (name or fn.__name__, *aliases):
            COMMANDS[n] = wrapper
        return wrapper
    return deco


def retry(times, on=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except on as e:
                    print(f"  attempt {attempt} failed: {e!r}")
                    if attempt == times:
                        raise
        return wrapper
    return deco


@command(aliases=("add", "plus"))
def total(a: int, b: int = 10, *rest: int, scale: float = 1.0) -> float:
    """Add numbers and scale."""
    return (a + b + sum(rest)) * scale


@command("greet")
def hello(name: str, /, punct: str = "!", *, shout: bool = False):
    msg = f"hello {name}{punct}"
    return msg.upper() if shout else msg


flaky_state = {"n": 0}


@retry(3, on=(ConnectionError,))
def flaky():
    flaky_state["n"] += 1
    if flaky_state["n"] < 3:
        raise ConnectionError(f"try {flaky_state['n']}")
    return "connected"


print(total(1, "2"), COMMANDS["add"]("5", 5, 1, 1, scale="0.5"), COMMANDS["plus"] is total, total.__name__, total.__doc__)
print(total.__wrapped__(1), str(total.signature), total.__annotations__["return"], inspect.unwrap(total) is total.__wrapped__)
print(hello("bob"), COMMANDS["greet"]("amy", "?", shout=True))
for bad in (lambda: total("x"), lambda: hello(name="z"), lambda: total(), lambda: hello("a", "b", "c")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(flaky(), flaky_state)
try:
    retry(2, on=(KeyError,))(lambda: {}["k"])()
except KeyError as e:
    print("gave up:", repr(e))
sig = inspect.signature(hello)
print([(p.name, p.kind.name, p.default is inspect.Parameter.empty) for p in sig.parameters.values()])
print(sig.replace(return_annotation=str), inspect.signature(lambda x, *, y=2, **kw: 0), inspect.isfunction(total))
ba = sig.bind_partial("ann")
print(ba.args, ba.kwargs, ba.arguments)


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix}<{type(arg).__name__}:{arg!r}>"

    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix}int:{arg:+d}"

    @fmt.register(float)
    def _(self, arg):
        return f"{self.prefix}float:{arg:.2f}"

    @fmt.register
    def _(self, arg: list):
        return self.prefix + "[" + ", ".join(self.fmt(x) for x in arg) + "]"

    def _tag(self, tag, text):
        return f"<{tag}>{text}</{tag}>"

    bold = functools.partialmethod(_tag, "b")
    ital = functools.partialmethod(_tag, "i")


f = Formatter("~")
print(f.fmt(3), f.fmt(2.5), f.fmt("s"), f.fmt([1, 2.0, None]), f.fmt(True), f.bold("x"), f.ital(f.bold("y")))


@functools.lru_cache(maxsize=3)
def slow_square(n):
    return n * n


for n in (1, 2, 1, 3, 4, 1, 2):
    slow_square(n)
print(slow_square.cache_info(), slow_square.cache_parameters())
slow_square.cache_clear()
print(slow_square.cache_info().currsize)


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(120), fib.cache_info().hits)
p = functools.partial(total, 1, scale=2)
print(p(2), p.args, p.keywords, functools.partial(p, 3)(4), repr(functools.partial(max, key=abs))[:30])


class Res:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        if self.fail:
            raise RuntimeError(f"cannot open {self.name}")
        print("  open", self.name)
        return self

    def __exit__(self, *exc):
        print("  close", self.name, exc[0].__name__ if exc[0] else None)
        return False


with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Res(n)) for n in "abc"]
    stack.callback(print, "  callback ran")
    print("  using", [r.name for r in rs])
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Res("x"))
        stack.enter_context(Res("y", fail=True))
except RuntimeError as e:
    print("RuntimeError:", e)
with contextlib.ExitStack() as outer:
    inner = outer.pop_all()
print(sorted(COMMANDS), CALLS)
