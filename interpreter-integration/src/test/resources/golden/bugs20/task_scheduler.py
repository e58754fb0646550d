# A priority task scheduler and a small event simulation using heapq, bisect and deque.
import heapq
import bisect
from collections import deque
import itertools

class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.removed = set()

    def add(self, prio, name):
        entry = (prio, next(self.counter), name)
        heapq.heappush(self.heap, entry)
        return entry

    def remove(self, name):
        self.removed.add(name)

    def pop(self):
        while self.heap:
            prio, _, name = heapq.heappop(self.heap)
            if name not in self.removed:
                return prio, name
        raise KeyError("pop from empty scheduler")

s = Scheduler()
for prio, name in [(3, "write docs"), (1, "fix prod"), (2, "review"), (1, "call bob"), (5, "lunch")]:
    s.add(prio, name)
s.remove("review")
while True:
    try:
        print(s.pop())
    except KeyError as e:
        print("KeyError:", e)
        break

data = [27, 3, 41, 8, 15, 3, 99, 12]
print(heapq.nsmallest(3, data), heapq.nlargest(2, data), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
h = list(data)
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 1), heapq.heapreplace(h, 50), sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["c", "a"], ["b"], key=str.upper, reverse=False)))

# simulated bank queue with events
events = []
arrivals = [(0, "A", 5), (1, "B", 3), (2, "C", 1), (4, "D", 2), (10, "E", 4)]
for t, who, dur in arrivals:
    heapq.heappush(events, (t, 0, "arrive", who, dur))
queue = deque()
busy_until = 0
serving = None
log = []
while events:
    t, _, kind, who, dur = heapq.heappop(events)
    if kind == "arrive":
        queue.append((who, dur, t))
        log.append(f"t={t:2} {who} arrives (queue {len(queue)})")
    else:
        log.append(f"t={t:2} {who} leaves")
        serving = None
    if serving is None and queue:
        w, d, at = queue.popleft()
        serving = w
        heapq.heappush(events, (t + d, 1, "leave", w, 0))
        log.append(f"t={t:2} {w} served after waiting {t - at}")
print("\n".join(log))

grades = [60, 70, 80, 90]
letters = "FDCBA"
scores = [33, 60, 77, 70, 89, 90, 100]
print([letters[bisect.bisect(grades, s)] for s in scores])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5), bisect.bisect_left(sorted_list, 3))
people = sorted([("amy", 31), ("bo", 25), ("cat", 40)], key=lambda p: p[1])
i = bisect.bisect_left(people, 30, key=lambda p: p[1])
print(people[i:], bisect.insort(people, ("dan", 33), key=lambda p: p[1]), people)

d = deque(range(10), maxlen=5)
print(d, d.maxlen)
d.rotate(2)
print(d, d[0], d[-1], d.index(8))
d.appendleft(-1)
d.extend([100, 101])
print(d, d.count(100), list(reversed(d)))
d2 = deque("abc")
d2.extendleft("xy")
d2.remove("a")
print(d2, d2.pop(), d2.popleft(), len(d2), "b" in d2, d2 * 2, d2 + deque("z"))
window = deque(maxlen=3)
avgs = []
for v in [1, 2, 3, 10, 20, 30]:
    window.append(v)
    avgs.append(round(sum(window) / len(window), 2))
print(avgs)
