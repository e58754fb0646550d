# The accelerator modules _heapq and _bisect, and heapq/bisect over them.
import _heapq, _bisect, heapq, bisect, random

print(heapq.heappush is _heapq.heappush, bisect.bisect_right is _bisect.bisect_right)
rng = random.Random(13)
data = [rng.randrange(1000) for _ in range(300)]
h = []
for x in data:
    _heapq.heappush(h, x)
print([_heapq.heappop(h) for _ in range(len(h))] == sorted(data))
h = list(data)
_heapq.heapify(h)
print(all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h)))
print(_heapq.heapreplace(h, 5000), _heapq.heappushpop(h, -1), _heapq.heappushpop([], 7))
m = list(data)
_heapq._heapify_max(m)
print(m[0] == max(data), _heapq._heappop_max(m) == max(data), _heapq._heapreplace_max(m, -5) == sorted(data)[-2])
print(heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
for bad in (lambda: _heapq.heappush(10, 1), lambda: _heapq.heappop([]), lambda: _heapq.heapreplace([], 1),
            lambda: _heapq.heapify((1, 2)), lambda: _heapq.heappush([], 1, 2)):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)


class Evil:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return False


h = []
h.extend(Evil(h) for _ in range(4))
try:
    _heapq.heapify(h)
except RuntimeError as e:
    print("RuntimeError", e)

a = [1, 2, 2, 2, 3, 5, 8]
print(_bisect.bisect_left(a, 2), _bisect.bisect_right(a, 2), _bisect.bisect(a, 4) if hasattr(_bisect, "bisect") else 5)
print(_bisect.bisect_left(a, 2, 2), _bisect.bisect_right(a, 2, 0, 3), _bisect.bisect_left(a, 2, hi=1))
recs = [("a", 1), ("b", 3), ("c", 7)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
_bisect.insort_left(a, 4)
_bisect.insort_right(a, 2)
_bisect.insort(a, 9) if hasattr(_bisect, "insort") else _bisect.insort_right(a, 9)
print(a)
_bisect.insort_right(recs, ("d", 5), key=lambda r: r[1])
print(recs)


class Seq:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, v):
        print("insert", i, v)
        self.items.insert(i, v)


s = Seq()
for v in (3, 1, 2):
    bisect.insort(s, v)
print(s.items)
try:
    _bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
try:
    _bisect.bisect_right(a, 1, 0, 2, 3)
except TypeError as e:
    print("TypeError", e)
