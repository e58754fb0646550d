"""A job scheduler with dependencies: a thread pool runs jobs whose prerequisites finished, a Condition wakes the
dispatcher, heapq orders ready jobs by priority, results are printed in a fixed order after shutdown."""
import heapq
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from graphlib import TopologicalSorter


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=True)
    deps: frozenset = field(default=frozenset(), compare=False)
    cost: int = field(default=1, compare=False)


JOBS = {
    "fetch": Job(1, "fetch", frozenset(), 3),
    "parse": Job(2, "parse", frozenset({"fetch"}), 2),
    "index": Job(3, "index", frozenset({"parse"}), 4),
    "thumbs": Job(2, "thumbs", frozenset({"fetch"}), 5),
    "report": Job(5, "report", frozenset({"index", "thumbs"}), 1),
    "lint": Job(0, "lint", frozenset(), 1),
}

done = {}
cond = threading.Condition()
order_started = []


def run(job):
    acc = 0
    for i in range(job.cost * 1000):
        acc = (acc * 31 + i) % 1000003
    with cond:
        done[job.name] = acc
        cond.notify_all()
    return job.name, acc


def schedule():
    pending = dict(JOBS)
    ready = []
    with ThreadPoolExecutor(3) as pool:
        futures = []
        while pending or len(done) < len(JOBS):
            with cond:
                for name in sorted(pending):
                    job = pending[name]
                    if job.deps <= done.keys():
                        heapq.heappush(ready, job)
                        del pending[name]
                if not ready:
                    if len(done) == len(JOBS):
                        break
                    cond.wait(timeout=5)
                    continue
            while ready:
                job = heapq.heappop(ready)
                order_started.append(job.name)
                futures.append(pool.submit(run, job))
        return [f.result() for f in futures]


results = schedule()
print("results:", sorted(results))
print("all done:", sorted(done) == sorted(JOBS))
pos = {n: i for i, n in enumerate(order_started)}
print("deps respected:", all(pos[d] < pos[j.name] for j in JOBS.values() for d in j.deps))
ts = TopologicalSorter({n: j.deps for n, j in JOBS.items()})
print("static order ok:", set(ts.static_order()) == set(JOBS))
ts2 = TopologicalSorter({"b": {"a"}, "c": {"b"}, "a": set()})
print(list(ts2.static_order()))
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except Exception as e:
    print(type(e).__name__, e.args[0])
h = []
for j in JOBS.values():
    heapq.heappush(h, (j.priority, j.name))
print([heapq.heappop(h)[1] for _ in range(len(h))])
print(heapq.nsmallest(2, JOBS.values()), [j.name for j in heapq.nlargest(2, JOBS.values(), key=lambda j: j.cost)])
