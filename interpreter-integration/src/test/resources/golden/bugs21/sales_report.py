"""A sales report built with itertools/collections/functools: groupby over sorted rows, accumulate, pairwise,
chain, product, combinations, Counter arithmetic, namedtuple, OrderedDict.move_to_end, reduce, lru_cache,
partial, cmp_to_key, ChainMap; printed with %, str.format and f-strings."""
import itertools as it
import functools
import operator
from collections import Counter, namedtuple, OrderedDict, ChainMap, deque, defaultdict

Sale = namedtuple("Sale", "region month product units price")
rows = []
regions = ["north", "south", "east"]
products = ["widget", "gadget", "doohickey"]
for i, (r, p) in enumerate(it.product(regions, products)):
    for m in range(1, 5):
        rows.append(Sale(r, m, p, (i * 7 + m * 3) % 11 + 1, round(1.5 + i * 0.75, 2)))

rows.sort(key=operator.attrgetter("region", "month"))
for region, group in it.groupby(rows, key=operator.attrgetter("region")):
    g = list(group)
    revenue = sum(s.units * s.price for s in g)
    print("%-6s %3d rows %10.2f revenue %s" % (region, len(g), revenue, "*" * int(revenue // 50)))

monthly = defaultdict(float)
for s in rows:
    monthly[s.month] += s.units * s.price
running = list(it.accumulate(monthly[m] for m in sorted(monthly)))
print("running:", ["{:.1f}".format(x) for x in running])
print("deltas:", [round(b - a, 2) for a, b in it.pairwise(running)])
print("max month:", max(monthly, key=monthly.get))

units = Counter()
for s in rows:
    units[s.product] += s.units
north = Counter({s.product: s.units for s in rows if s.region == "north" and s.month == 1})
print(units.most_common(), (units - north).most_common(2), +(north - units), (north & units)["widget"])
print(sorted((units + north).elements())[:3], units.total())


def compare(a, b):
    return (a.units > b.units) - (a.units < b.units) or (a.product > b.product) - (a.product < b.product)


top = sorted(rows, key=functools.cmp_to_key(compare), reverse=True)[:3]
print([f"{s.product}@{s.region}:{s.units}" for s in top])
print(functools.reduce(operator.mul, (s.units for s in rows[:6]), 1))


@functools.lru_cache(maxsize=32)
def ways(total, coins=(1, 2, 5)):
    if total == 0:
        return 1
    if total < 0 or not coins:
        return 0
    return ways(total - coins[0], coins) + ways(total, coins[1:])


print(ways(30), ways.cache_info().hits > 0, ways.cache_info().maxsize)
ways.cache_clear()
print(ways.cache_info())

fmt_money = functools.partial("{:>{w}.{p}f}".format, w=9, p=2)
print("|".join(fmt_money(x) for x in [1, 22.5, 333.333]))
print(list(it.combinations("ABCD", 2))[:4], len(list(it.permutations(range(4), 3))))
print(list(it.islice(it.cycle("xyz"), 7)), list(it.repeat(0, 3)), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.chain.from_iterable([[1], [2, 3], []])), list(it.filterfalse(str.isdigit, "a1b2")))
a, b = it.tee(iter(range(5)))
print(list(a), sum(b))
print([list(g) for _, g in it.groupby("aaabccdd")])

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
cm = ChainMap({"color": "red"}, {"color": "blue", "size": "L"})
cm2 = cm.new_child({"size": "S"})
print(cm["color"], cm2["size"], dict(sorted(cm2.items())), len(cm2.maps))
d = deque(range(10), maxlen=5)
d.rotate(2)
d.appendleft(-1)
print(d, d.maxlen, d.index(8))
print("%s|%r|%5.1f%%|%-4d|%04x|%+.2e" % ("s", "r", 12.345, 7, 255, 12345.678))
print("{0}-{1}-{0}|{name!r:>8}|{:*^9}".format("a", "b", name="n") if False else "{0}-{1}-{0}|{name!r:>8}".format("a", "b", name="n"))
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{3.14159:.3}|{1234567:,}|{0.25:.1%}|{255:#b}|{255:#o}|{-3:=+6}")
print(f"{12345.6789:_.2f} {42:#06x} {'x'!r:5} {1e-7:g} {1e20:g} {123.0:g} {float('inf'):>6} {-0.0:+}")
