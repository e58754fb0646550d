# Sales reports using itertools and functools: groupby, accumulate, product, lru_cache, partial, reduce.
import itertools as it
import functools
import operator
from collections import namedtuple

Sale = namedtuple("Sale", "region month product amount")
SALES = [
    Sale("north", 1, "apple", 120), Sale("north", 1, "pear", 80), Sale("north", 2, "apple", 95),
    Sale("south", 1, "apple", 60), Sale("south", 2, "pear", 140), Sale("south", 2, "plum", 33),
    Sale("east", 3, "plum", 210), Sale("east", 3, "apple", 15), Sale("north", 3, "plum", 47),
]
print(Sale._fields, SALES[0], SALES[0]._asdict())
print(SALES[1]._replace(amount=0), Sale._make(["w", 4, "fig", 1]))

key = operator.attrgetter("region")
for region, group in it.groupby(sorted(SALES, key=key), key=key):
    g = list(group)
    print(f"{region:6} n={len(g)} total={sum(s.amount for s in g):5d} best={max(g, key=lambda s: s.amount).product}")

monthly = [sum(s.amount for s in SALES if s.month == m) for m in range(1, 4)]
print("monthly", monthly, "running", list(it.accumulate(monthly)), "max-so-far",
      list(it.accumulate(monthly, max)), "with initial", list(it.accumulate(monthly, operator.mul, initial=1)))
print(functools.reduce(operator.add, (s.amount for s in SALES)), functools.reduce(lambda a, b: a * b, range(1, 8), 1))

regions = sorted({s.region for s in SALES})
products = sorted({s.product for s in SALES})
grid = {(r, p): 0 for r, p in it.product(regions, products)}
for s in SALES:
    grid[s.region, s.product] += s.amount
print(" " * 6 + "".join(f"{p:>7}" for p in products))
for r in regions:
    print(f"{r:<6}" + "".join(f"{grid[r, p]:>7}" for p in products))

print(list(it.combinations("ABCD", 2)), len(list(it.permutations(range(4), 3))))
print(list(it.combinations_with_replacement("ab", 2)), list(it.product("ab", repeat=2)))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xyz"), 7)), list(it.repeat(0, 3)))
print(list(it.chain([1, 2], (3,), "ab")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.zip_longest("ab", "wxyz", fillvalue="-")), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.pairwise([1, 4, 9, 16])), [list(t) for t in it.tee(iter([1, 2]), 2)])
print([(k, len(list(g))) for k, g in it.groupby("aaabccddd")])

@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print("ways(100) =", ways(100), ways.cache_info().hits > 0)
ways.cache_clear()
print(ways.cache_info())

@functools.lru_cache(maxsize=2)
def sq(x):
    print("  computing", x)
    return x * x

print([sq(1), sq(2), sq(1), sq(3), sq(2)], sq.cache_info())

def price(amount, *, rate, fee=0):
    return round(amount * rate + fee, 2)

eur = functools.partial(price, rate=0.92)
gbp = functools.partial(price, rate=0.79, fee=1)
print(eur(100), gbp(100), eur.func.__name__, eur.keywords, gbp(50, fee=0))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("2") <= Version("1.9"))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper

@deco
def documented(x):
    """Doubles x."""
    return 2 * x

print(documented.__name__, documented.__doc__, documented.__wrapped__(4))
