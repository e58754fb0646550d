"""A leaderboard: sorted/min/max/heapq with keys and defaults, stability across multi-pass sorts, reverse that
keeps equal items in order, cmp_to_key, itemgetter/attrgetter/methodcaller with several keys, sorting mixed
None values, list.sort errors mid-sort, min/max error messages, bisect with key (3.10+), and sort of
tuples/records with NaN-free floats."""
import bisect
import heapq
from collections import namedtuple
from functools import cmp_to_key
from operator import attrgetter, itemgetter, methodcaller

Player = namedtuple("Player", "name team score time")
players = [Player("ann", "red", 90, 31.5), Player("bob", "blue", 85, 29.0), Player("cy", "red", 90, 30.2),
           Player("dee", "green", 70, 45.1), Player("ed", "blue", 90, 31.5), Player("fay", "green", 85, 28.8)]
print([p.name for p in sorted(players, key=attrgetter("score"), reverse=True)])
print([p.name for p in sorted(players, key=lambda p: (-p.score, p.time, p.name))])
by_team = sorted(sorted(players, key=attrgetter("score"), reverse=True), key=attrgetter("team"))
print([(p.team, p.name) for p in by_team])
print([p.name for p in sorted(players, key=attrgetter("team", "name"))], itemgetter(0, 2)(players[0]), itemgetter(1)("ab"))
print(sorted(["b10", "a2", "b9", "a10"], key=methodcaller("rjust", 4, "0")), methodcaller("split", ",", 1)("a,b,c"))


def cmp(a, b):
    if a.score != b.score:
        return b.score - a.score
    return (a.time > b.time) - (a.time < b.time)


print([p.name for p in sorted(players, key=cmp_to_key(cmp))], cmp_to_key(cmp)(players[0]) < cmp_to_key(cmp)(players[1]))
print(min(players, key=attrgetter("time")).name, max(players, key=itemgetter(2)).name, max(p.score for p in players))
print(min([], default="none"), max([], key=len, default=0), min(3, 1, 2), max("apple", "fig", "banana", key=len),
      min([[2, 1], [1, 5], [1, 2]]), max({"a": 3, "b": 9}, key={"a": 3, "b": 9}.get), min((1, "b"), (1, "a")))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]), lambda: min([], default=1, key=None) and max(1, 2, default=0),
            lambda: sorted([3, None, 1]), lambda: sorted([1, 2], key=1), lambda: [3, 1].sort(reverse=None),
            lambda: sorted([{1}, {2}, {1, 2}]), lambda: max(1, 2, key=lambda x: "s" if x == 1 else 0)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
scores = [5, 3, None, 8, None, 1]
print(sorted(scores, key=lambda x: (x is None, x if x is not None else 0)), sorted(scores, key=lambda x: -1 if x is None else x))
stable = sorted([("b", 1), ("a", 1), ("c", 0), ("a", 0)], key=itemgetter(1), reverse=True)
print(stable, sorted("Hello World", key=str.lower), sorted([3, 1, 2], reverse=True), sorted((2, 1)), sorted({3: "a", 1: "b"}))
lst = [5, 2, 9, 1]
calls = []


def noisy(x):
    calls.append(x)
    return -x


lst.sort(key=noisy)
print(lst, calls, sorted([0.5, -1, 2, True, False]), sorted([-0.0, 0, 0.0, -0]))
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 60, 77, 90, 100]], bisect.bisect_left([1, 2, 2, 3], 2),
      bisect.bisect_right([1, 2, 2, 3], 2))
ranked = sorted(players, key=attrgetter("time"))
print(bisect.bisect_left(ranked, 30.0, key=attrgetter("time")), bisect.bisect_right(ranked, 31.5, key=attrgetter("time")))
times = []
for p in players:
    bisect.insort(times, (p.time, p.name))
bisect.insort_left(times, (31.5, "zz"), lo=2)
print(times)
print(heapq.nlargest(3, players, key=attrgetter("score"))[-1].name, [p.name for p in heapq.nsmallest(2, players, key=itemgetter(3))],
      heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(10, [2, 1]), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])),
      list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper, reverse=False)), list(heapq.merge([9, 5], [8, 1], reverse=True)))
h = []
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(h, item)
print(heapq.heappop(h), heapq.heappushpop(h, (0, "z")), heapq.heapreplace(h, (9, "y")), sorted(h))
data = [9, 8, 7, 1, 2]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(sorted(range(10), key=lambda i: (i % 3, -i)), list(reversed(sorted("cab"))), sorted(["10", "9", "100"], key=int))
