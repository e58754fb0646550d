"""Report builders on itertools recipes: pairwise, batched by hand, sliding windows with deque, groupby on
sorted data (and the groupby iterator invalidation rule), accumulate with initial and a func, chain.from_iterable,
islice on infinite counts, tee, zip_longest, product/permutations/combinations(_with_replacement), starmap,
takewhile/dropwhile/filterfalse/compress, cycle, repeat, roundrobin, unique_everseen, partition, and
zip(strict=True) errors."""
import itertools as it
import operator
from collections import deque


def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch


def sliding(iterable, n):
    window = deque(maxlen=n)
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield tuple(window)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return list(it.filterfalse(pred, t1)), list(filter(pred, t2))


sales = [("2026-01", "north", 120), ("2026-01", "south", 80), ("2026-02", "north", 95), ("2026-02", "east", 40),
         ("2026-03", "south", 130), ("2026-03", "north", 60), ("2026-03", "east", 75)]
for month, rows in it.groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows), [r[1] for r in rows])
by_region = sorted(sales, key=operator.itemgetter(1))
print({k: [r[2] for r in g] for k, g in it.groupby(by_region, operator.itemgetter(1))})
groups = it.groupby("aaabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, len(list(g))) for k, g in it.groupby("aaabbcaa")])
totals = [r[2] for r in sales]
print(list(it.accumulate(totals)), list(it.accumulate(totals, max)), list(it.accumulate(totals, initial=1000)),
      list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([], initial=5)))
print(list(it.pairwise(totals)), list(it.pairwise("a")), [b - a for a, b in it.pairwise(totals)])
print(list(batched(range(10), 3)), list(batched([], 2)), list(sliding("abcde", 3)), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABbcCAD", str.lower)), partition(lambda x: x % 2, range(10)))
print(list(it.chain.from_iterable(["ab", [1, 2], (3,)])), list(it.chain("x", "yz")), list(it.islice(it.count(10, 2.5), 4)),
      list(it.islice("abcdefg", 1, None, 2)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("z", 3)))
a, b = it.tee(iter([1, 2, 3]), 2)
print(next(a), list(b), list(a), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), "xy", [True]))), list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 3)), list(it.combinations_with_replacement("ab", 3)), list(it.permutations([], 0)))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.takewhile(lambda x: x < 100, totals)),
      list(it.dropwhile(lambda x: x < 100, totals)), list(it.filterfalse(None, [0, 1, "", "a", None])),
      list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress("AB", it.repeat(1))))
print(list(zip("abc", range(3), strict=True)), list(map(operator.add, [1, 2], [10, 20, 30])))
for bad in [lambda: list(zip("abc", range(2), strict=True)), lambda: list(zip("a", "bc", strict=True)),
            lambda: list(it.islice("abc", -1)), lambda: list(it.combinations("abc", -1)), lambda: it.repeat(1, "x"),
            lambda: list(it.accumulate([1, "a"])), lambda: list(it.product("ab", repeat=-1)), lambda: next(it.count(0, "s"))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
c = it.count(5)
next(c)
print(repr(c), repr(it.count(1.5, 0.5)), repr(it.repeat("a", 2)), repr(it.repeat(1)))
squares = (x * x for x in it.count(1))
print(list(it.takewhile(lambda s: s < 50, squares)), next(squares), sum(it.islice(squares, 3)))
