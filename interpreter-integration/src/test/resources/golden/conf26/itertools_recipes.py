import collections
import itertools as it
import operator
from functools import reduce


def take(n, iterable):
    return list(it.islice(iterable, n))


def pairwise_sum(xs):
    return [a + b for a, b in it.pairwise(xs)]


def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return it.zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def sliding_window(iterable, n):
    itr = iter(iterable)
    window = collections.deque(it.islice(itr, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in itr:
        window.append(x)
        yield tuple(window)


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)


def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)


print(take(5, it.count(10, 5)), take(4, it.cycle("ab")), list(it.repeat("x", 3)))
print(pairwise_sum([1, 2, 4, 8]), list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3,
                                                                                          incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError", e)
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window("ABCDE", 3)), list(powerset([1, 2, 3])))
print(first_true([0, None, "", 7, 8]), first_true([], default="none"), nth(range(10), 3), nth("ab", 5, "?"))
print(list(flatten([[1, 2], [3], []])), list(it.accumulate([1, 2, 3, 4], operator.mul)),
      list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)))
print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])
rows = [("fruit", "apple"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("nut", "pecan")]
for k, g in it.groupby(sorted(rows), key=operator.itemgetter(0)):
    print(k, [v for _, v in g])
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))),
      list(it.combinations_with_replacement("abc", 2)))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])),
      list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.zip_longest("ab", "wxyz", fillvalue="-")), list(it.islice("ABCDEFG", 2, None, 2)))
a, b = it.tee(iter([1, 2, 3]), 2)
print(list(a), list(b), reduce(operator.add, range(5), 100))
print(sum(1 for _ in it.filterfalse(None, [0, 1, "", "x", None])), list(it.chain("ab", [1], (2,))))
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError", e)
try:
    list(it.pairwise(5))
except TypeError as e:
    print("TypeError", e)
print(repr(it.count(1.5, 0.5)), repr(it.repeat(1, 2)))
