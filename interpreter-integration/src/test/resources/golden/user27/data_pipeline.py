"""A sales data pipeline: itertools/collections/functools/statistics over records, with a summary report."""
from collections import Counter, defaultdict, namedtuple, OrderedDict, ChainMap, deque
from functools import reduce, partial, lru_cache, cmp_to_key
from itertools import groupby, accumulate, chain, islice, pairwise, starmap, zip_longest, product, combinations, tee
import itertools
import operator
import statistics
import heapq
import bisect

Sale = namedtuple("Sale", "region product qty price", defaults=[1.0])
raw = """north,widget,3,2.50
south,gadget,1,10.00
north,gadget,2,10.00
east,widget,10,2.25
south,widget,4,2.50
north,widget,1,2.50
east,gizmo,7,
west,gizmo,0,4.00"""


def parse(line):
    region, product, qty, price = line.split(",")
    return Sale(region, product, int(qty), float(price) if price else Sale._field_defaults["price"])


sales = [parse(l) for l in raw.splitlines()]
print(sales[6], sales[0]._asdict(), sales[0]._replace(qty=9), Sale._fields)
by_region = defaultdict(list)
for s in sales:
    by_region[s.region].append(s)
print({k: len(v) for k, v in sorted(by_region.items())})
revenue = Counter()
for s in sales:
    revenue[s.product] += s.qty * s.price
print(revenue.most_common(2), revenue.total(), +Counter(a=1, b=-2), Counter("abracadabra").most_common(3))
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, c1 <= c2, sorted(c2.elements()))
key = operator.attrgetter("product")
for prod, group in groupby(sorted(sales, key=key), key=key):
    g = list(group)
    print(prod, sum(x.qty for x in g), round(statistics.mean(x.price for x in g), 3))
qtys = [s.qty for s in sales]
print(list(accumulate(qtys)), list(accumulate(qtys, max)), list(accumulate(qtys, operator.mul, initial=1))[:4])
print(list(pairwise("abcd")), list(islice(itertools.count(5, 5), 3)), list(itertools.repeat("x", 2)))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(combinations("abc", 2)), len(list(product(range(3), repeat=2))), list(itertools.permutations([1, 2, 3], 2))[:3])
print(list(chain.from_iterable([[1], [2, 3]])), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b), list(itertools.cycle("ab") for _ in range(0)))
print(reduce(lambda acc, s: acc + s.qty, sales, 0), reduce(operator.or_, [{1}, {2}, {1, 3}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
prices = sorted(s.price for s in sales)
print(prices, bisect.bisect_left(prices, 2.5), bisect.bisect_right(prices, 2.5), bisect.insort(prices, 3.0) or prices[-4:])
print(heapq.nlargest(3, sales, key=lambda s: s.qty * s.price)[0].product, heapq.nsmallest(2, qtys), list(heapq.merge([1, 4], [2, 3])))
h = []
for q in qtys:
    heapq.heappush(h, -q)
print([-heapq.heappop(h) for _ in range(3)], heapq.heappushpop([5], 1), heapq.heapreplace([1, 5], 7))
print(statistics.median(qtys), statistics.median_low(qtys), statistics.mode(["a", "b", "a"]), statistics.multimode("aabbc"))
print(round(statistics.stdev(qtys), 4), round(statistics.pvariance(qtys), 4), statistics.quantiles(qtys, n=4), statistics.fmean([1, 2]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
dq = deque(maxlen=3)
for i in range(5):
    dq.append(i)
dq.rotate(1)
print(dq, dq.maxlen, deque("abc").index("b"), list(reversed(deque([1, 2]))))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od.popitem(last=False)
print(od, list(od), OrderedDict(a=1) == OrderedDict(a=1))
cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
cm["z"] = 9
print(cm["x"], cm["y"], dict(cm), cm.maps[0], cm.new_child({"x": 0})["x"], len(cm), cm.parents)


@lru_cache(maxsize=2)
def slow_square(n):
    return n * n


for n in [1, 2, 1, 3, 1]:
    slow_square(n)
print(slow_square.cache_info())
by_len = sorted(["bbb", "a", "cc", "dd"], key=cmp_to_key(lambda x, y: len(x) - len(y)))
print(by_len, partial(int, base=2)("101"), partial(max, default=0)([]), repr(partial(int, base=2)))
