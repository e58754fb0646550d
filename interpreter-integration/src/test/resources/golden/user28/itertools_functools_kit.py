"""A toolkit of itertools / functools / operator uses in a small sales report."""
import functools
import itertools as it
import operator as op
from collections import namedtuple

Sale = namedtuple("Sale", "region rep month amount")
SALES = [Sale(r, p, m, a) for r, p, m, a in [
    ("east", "kim", 1, 120), ("east", "kim", 2, 80), ("east", "lee", 1, 200), ("west", "max", 1, 50),
    ("west", "max", 3, 75), ("west", "ola", 2, 300), ("north", "pat", 2, 10), ("east", "lee", 3, 95)]]

key = op.attrgetter("region")
for region, group in it.groupby(sorted(SALES, key=key), key=key):
    group = list(group)
    print(f"{region:<6} n={len(group)} sum={sum(map(op.attrgetter('amount'), group))}")
amounts = [s.amount for s in SALES]
print(list(it.accumulate(amounts)), list(it.accumulate(amounts, max)), list(it.accumulate(amounts, initial=1000))[:3])
print(list(it.pairwise("abcd")), list(it.combinations("abc", 2)), len(list(it.permutations(range(4), 3))))
print(list(it.product("ab", [0, 1])), list(it.combinations_with_replacement("xy", 2)))
print(list(it.islice(it.cycle("RGB"), 7)), list(it.repeat("z", 3)), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.chain.from_iterable([[1], [2, 3], []])), list(it.zip_longest("ab", "wxyz", fillvalue="-")))
print(list(it.starmap(op.mul, [(2, 3), (4, 5)])), list(it.takewhile(lambda x: x < 100, amounts)), list(it.dropwhile(lambda x: x < 100, amounts)))
print(list(it.filterfalse(lambda s: s.amount > 90, SALES))[0], next(it.count(10, 5)), list(zip(it.count(1.5, 0.5), "abc")))
a, b = it.tee(iter(range(4)))
print(list(a), list(b), list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")


@functools.lru_cache(maxsize=32)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    return sum(partitions(n - i, i) for i in range(1, min(n, k) + 1))


print([partitions(n) for n in range(1, 15)], partitions.cache_info())
partitions.cache_clear()
print(partitions.cache_info(), partitions.__wrapped__.__name__)


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}"


@describe.register
def _(x: float):
    return f"float {x:.1f}"


print([describe(v) for v in (1, 2.5, [1, 2], (3,), "s", True)])
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry if t is not object))
add3 = functools.partial(op.add, 3)
print(add3(4), add3.func.__name__, add3.args, functools.partial(int, base=2)("1011"))
print(functools.reduce(op.mul, range(1, 11)), functools.reduce(lambda acc, s: acc + s.amount, SALES, 0))


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(map(int, text.split(".")))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = sorted(map(Version, ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.10"]))
print(vs, max(vs), Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.9"))
print(sorted(["b", "A", "c", "B"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
print(op.itemgetter(1, 0)("ab"), op.methodcaller("split", ",")("a,b"), op.attrgetter("real", "imag")(3 + 4j))
print(op.index(5), op.concat([1], [2]), op.contains("abc", "b"), op.neg(4), op.truth([]), op.is_not(None, 1))
d = {"x": 1}
op.setitem(d, "y", 2)
op.delitem(d, "x")
print(d, op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.length_hint(iter(range(5))))


class Cfg:
    @functools.cached_property
    def data(self):
        print("  loading")
        return {"a": 1}


c = Cfg()
print(c.data, c.data, vars(c))
wrapped = functools.wraps(len)(lambda x: 0)
print(wrapped.__name__, wrapped.__doc__ == len.__doc__, wrapped.__wrapped__ is len)
