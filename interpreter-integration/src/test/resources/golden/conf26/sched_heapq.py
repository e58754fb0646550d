import bisect
import heapq
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.seq = count()
        self.removed = set()

    def submit(self, name, priority, duration=1):
        job = Job(priority, next(self.seq), name, duration)
        heapq.heappush(self.heap, job)
        return job

    def cancel(self, job):
        self.removed.add(job.seq)

    def run(self, workers=2):
        clock = 0
        busy = []  # (free_at, worker)
        for w in range(workers):
            heapq.heappush(busy, (0, w))
        log = []
        while self.heap:
            job = heapq.heappop(self.heap)
            if job.seq in self.removed:
                continue
            free_at, w = heapq.heappop(busy)
            start = max(clock, free_at)
            log.append((start, w, job.name))
            heapq.heappush(busy, (start + job.duration, w))
        return log


s = Scheduler()
jobs = [s.submit("build", 2, 3), s.submit("test", 3, 2), s.submit("lint", 1), s.submit("deploy", 5, 4),
        s.submit("docs", 3, 1), s.submit("bench", 4, 2)]
s.cancel(jobs[4])
for entry in s.run():
    print(entry)

print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, ["pear", "fig", "banana"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper, reverse=False)))
h = [7, 2, 9]
heapq.heapify(h)
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 8), h)

# bisect: grade table, timeline insertions, range queries
breaks = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(breaks, sc)]) for sc in (33, 60, 75, 89, 90, 100)])
timeline = []
for t, ev in [(5, "e"), (1, "a"), (3, "c"), (3, "c2"), (2, "b")]:
    bisect.insort(timeline, (t, ev))
print(timeline)
times = [t for t, _ in timeline]
print(bisect.bisect_left(times, 3), bisect.bisect_right(times, 3))
print(timeline[bisect.bisect_left(times, 2):bisect.bisect_right(times, 4)])
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
i = bisect.bisect_left(people, 30, key=lambda p: p[1])
print(i, people[i:])
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people)
try:
    heapq.heappush(jobs, "x")
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
