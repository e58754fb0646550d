from collections import namedtuple, defaultdict, deque, Counter, ChainMap
from decimal import Decimal, ROUND_HALF_UP, getcontext
import heapq, bisect, statistics, operator
from functools import reduce, total_ordering, lru_cache, partial

Tx = namedtuple("Tx", "when who amount kind")
txs = [Tx(1, "ann", Decimal("100.00"), "dep"), Tx(2, "bob", Decimal("50.5"), "dep"), Tx(3, "ann", Decimal("30.333"), "wd"),
       Tx(4, "cid", Decimal("7.125"), "dep"), Tx(5, "bob", Decimal("60"), "wd"), Tx(6, "ann", Decimal("0.005"), "dep")]
bal = defaultdict(Decimal)
errors = []
for t in txs:
    amt = t.amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if t.kind == "wd":
        if bal[t.who] < amt:
            errors.append(f"{t.when}: {t.who} overdraft {amt} > {bal[t.who]}")
            continue
        amt = -amt
    bal[t.who] += amt
print(dict(bal), errors)
print(sorted(bal.items(), key=operator.itemgetter(1), reverse=True))
print(sum(bal.values()), max(bal, key=bal.get), Decimal("1") / Decimal("7"))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("2").sqrt(), Decimal("1.10") + Decimal("2.205"))
print(Tx._fields, txs[0]._replace(amount=0), txs[0]._asdict())
heap = [(-float(t.amount), t.when) for t in txs]
heapq.heapify(heap)
print([heapq.heappop(heap) for _ in range(3)], heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, "hello"))
grades = [60, 70, 80, 90]
print([ "FDCBA"[bisect.bisect(grades, s)] for s in (33, 60, 75, 99)])
amounts = [float(t.amount) for t in txs]
print(round(statistics.mean(amounts), 4), statistics.median(amounts), round(statistics.pstdev(amounts), 4))
print(statistics.mode(["a", "b", "a"]), statistics.median_low([1, 3, 5, 7]), statistics.quantiles([1, 2, 3, 4, 5], n=4))
window = deque(maxlen=3)
for v in range(6):
    window.append(v)
    print(list(window), end=" ")
print()
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + b, ["x", "y", "z"], ">"))
@total_ordering
class Version:
    def __init__(self, s): self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return "V" + ".".join(map(str, self.t))
vs = sorted(map(Version, ["1.10", "1.2", "1.2.1", "0.9"]))
print(vs, Version("1.0") >= Version("0.99"), max(vs))
@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().hits > 0)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm["a"], cm["b"], len(cm), cm.maps, dict(cm.new_child({"z": 0})))
c = Counter("abracadabra")
c.update({"z": 2}); c.subtract("aaa")
print(c.most_common(3), +c, c.total(), sorted(c.elements())[:5])
p2 = partial(int, base=2)
print(p2("1011"), p2, p2.keywords)
