"""Leaderboards and grading with heapq and bisect."""
import bisect
import heapq
import random
from collections import Counter

random.seed(7)
players = [f"p{i:02d}" for i in range(20)]
scores = {p: random.randint(0, 1000) for p in players}

top5 = heapq.nlargest(5, scores.items(), key=lambda kv: (kv[1], kv[0]))
bottom3 = heapq.nsmallest(3, scores, key=scores.get)
print("top5:", top5)
print("bottom3:", bottom3, [scores[p] for p in bottom3])

heap = []
for p, s in scores.items():
    if len(heap) < 4:
        heapq.heappush(heap, (s, p))
    else:
        heapq.heappushpop(heap, (s, p))
print("running top4:", sorted(heap, reverse=True))
h = [5, 3, 8, 1, 9, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heapreplace(h, 7), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["b", "a"], ["c"], key=len, reverse=True)))

BREAKS = [60, 70, 80, 90]
LETTERS = "FDCBA"


def grade(score):
    return LETTERS[bisect.bisect(BREAKS, score)]


print([grade(s) for s in (33, 60, 69, 70, 85, 90, 100)])
dist = Counter(grade(s // 10) for s in scores.values())
print(sorted(dist.items()))

ranked = []
for p, s in scores.items():
    bisect.insort(ranked, (-s, p))
print(ranked[:3])
names = sorted(players, key=lambda p: scores[p])
vals = [scores[p] for p in names]
lo, hi = bisect.bisect_left(vals, 250), bisect.bisect_right(vals, 750)
print("between 250 and 750:", hi - lo, names[lo:lo + 3])
print(bisect.bisect_left([1, 2, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 2, 3], 2), bisect.bisect([], 1))
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("x", 6), key=lambda r: r[1])
print(recs)


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return (self.pri, self.name) < (other.pri, other.name)

    def __repr__(self):
        return f"Task({self.pri}, {self.name!r})"


todo = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee")]
heapq.heapify(todo)
print([heapq.heappop(todo) for _ in range(len(todo))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print("TypeError:", e)
intervals = [(1, 4), (2, 3), (6, 8), (7, 9), (10, 11)]
rooms = []
for start, end in sorted(intervals):
    if rooms and rooms[0] <= start:
        heapq.heapreplace(rooms, end)
    else:
        heapq.heappush(rooms, end)
print("rooms needed:", len(rooms))
stream = [random.randint(1, 100) for _ in range(15)]
low, high = [], []
medians = []
for x in stream:
    heapq.heappush(low, -heapq.heappushpop(high, x))
    if len(low) > len(high):
        heapq.heappush(high, -heapq.heappop(low))
    medians.append(high[0] if len(high) > len(low) else (high[0] - low[0]) / 2)
print(stream)
print(medians)
