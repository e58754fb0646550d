"""functools as a library author uses it: singledispatch on annotations and ABCs, singledispatchmethod,
partial and partialmethod (repr, keywords, nesting), reduce, total_ordering, cached_property, wraps,
lru_cache statistics and cache_clear, cmp_to_key."""
import functools
from collections.abc import Mapping, Sequence
from decimal import Decimal


@functools.singledispatch
def describe(obj):
    return f"object:{type(obj).__name__}"


@describe.register
def _(obj: int):
    return f"int:{obj}"


@describe.register(bool)
def _(obj):
    return f"bool:{obj}"


@describe.register
def _(obj: Sequence):
    return "seq[" + ",".join(describe(x) for x in obj) + "]"


@describe.register(Mapping)
def _(obj):
    return "map{" + ",".join(f"{k}={describe(v)}" for k, v in obj.items()) + "}"


describe.register(float, lambda x: f"float:{x:.1f}")
describe.register(str, lambda x: f"str:{x}")
print(describe(3), describe(True), describe([1, 2.25, (False,)]), describe({"a": [1]}), describe(Decimal(1)))
print(describe("ab"), describe.dispatch(bool).__name__ if hasattr(describe.dispatch(bool), "__name__") else "?")
print(sorted(t.__name__ for t in describe.registry if t is not object))


class Shape:
    @functools.singledispatchmethod
    def scale(self, arg):
        raise NotImplementedError(f"cannot scale by {type(arg).__name__}")

    @scale.register
    def _(self, arg: int):
        return f"int scale {arg}"

    @scale.register
    def _(self, arg: tuple):
        return f"xy scale {arg[0]}x{arg[1]}"


s = Shape()
print(s.scale(2), s.scale((1, 3)))
try:
    s.scale("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
p2 = functools.partial(functools.partial(power, 2), mod=7)
print(square(9), cube_mod(7), p2(10), p2.func is power, p2.args, p2.keywords)
print(repr(functools.partial(power, 3, mod=5)).replace(hex(id(power)), "ID").split(" at ")[0])
try:
    square(2, 3)
except TypeError as e:
    print("TypeError:", e)


class Cell:
    def __init__(self):
        self.v = 0

    def set(self, v, note=""):
        self.v = v
        return note

    reset = functools.partialmethod(set, 0, note="reset")


c = Cell()
c.set(5)
print(c.v, c.reset(), c.v)

print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [3, 9, 2], 10))
try:
    functools.reduce(max, [])
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(x) for x in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("2") <= Version("1.9"))


class Report:
    calls = 0

    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        Report.calls += 1
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, Report.calls, "total" in vars(r))
del r.total
print(r.total, Report.calls, type(Report.__dict__["total"]).__name__)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return ("logged", fn(*a, **k))
    return wrapper


@logged
def add(a: int, b: int = 1) -> int:
    """Add two numbers."""
    return a + b


print(add(1), add.__name__, add.__doc__, add.__wrapped__(5), add.__annotations__)


@functools.lru_cache(maxsize=2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())
key = functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b))
print(sorted(["ccc", "a", "bb", "ab", "b"], key=key))
