import functools
from collections.abc import Mapping, Sequence
from decimal import Decimal


@functools.singledispatch
def describe(x):
    return "object " + type(x).__name__


@describe.register
def _(x: int):
    return "int %d" % x


@describe.register(float)
@describe.register(Decimal)
def _(x):
    return "number %s" % x


@describe.register
def _(x: Sequence):
    return "sequence of %d: [%s]" % (len(x), ", ".join(describe(i) for i in x))


@describe.register(Mapping)
def _(x):
    return "mapping " + ", ".join("%s=%s" % (k, describe(v)) for k, v in x.items())


@describe.register(bool)
def _(x):
    return "bool " + ("yes" if x else "no")


for v in (3, 2.5, Decimal("1.1"), True, [1, (2.0,)], {"a": 1}, None, object):
    print(describe(v))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry if k is not object))


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.2"), Version("2") > Version("1.99"), Version("1") <= vs[0])
try:
    Version("1") < 3
except TypeError as e:
    print("TypeError", e)


class Dataset:
    loads = 0

    def __init__(self, values):
        self.values = values

    @functools.cached_property
    def stats(self):
        Dataset.loads += 1
        return min(self.values), max(self.values), sum(self.values) / len(self.values)


d = Dataset([3, 1, 4, 1, 5])
print(d.stats, d.stats, Dataset.loads, "stats" in vars(d))
del d.stats
print(d.stats, Dataset.loads)
d.stats = "overridden"
print(d.stats, type(Dataset.__dict__["stats"]).__name__, Dataset.stats.attrname)


@functools.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())
part = functools.partial(int, base=2)
print(part("1011"), part.func.__name__, part.keywords, functools.partial(part, "111")())
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))


def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w


@deco
def documented(x):
    """Doubles x."""
    return 2 * x


print(documented.__name__, documented.__doc__, documented.__wrapped__(4))


class Cmd:
    @functools.singledispatchmethod
    def handle(self, arg):
        return "generic"

    @handle.register
    def _(self, arg: int):
        return "int command"

    @handle.register
    def _(self, arg: list):
        return "batch of %d" % len(arg)


c = Cmd()
print(c.handle(1), c.handle([1, 2]), c.handle("x"))


class Temp:
    def __init__(self):
        self._c = 0

    def set(self, v, unit):
        self._c = v if unit == "C" else (v - 32) * 5 / 9
        return self._c

    set_f = functools.partialmethod(set, unit="F")


print(Temp().set_f(212), functools.cache(lambda x: x * 2)(21))
