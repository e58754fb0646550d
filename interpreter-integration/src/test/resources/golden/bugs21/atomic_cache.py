"""A memoising cache shared by worker threads: lookups and fills inside `with atomic:`, eviction of the
oldest entry (OrderedDict), statistics in a dataclass; the result is checked after join."""
import threading
from collections import OrderedDict
from dataclasses import dataclass

try:
    atomic
except NameError:
    atomic = threading.RLock()


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    evictions: int = 0


class Cache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.stats = Stats()

    def get_or_compute(self, key, fn):
        with atomic:
            if key in self.data:
                self.data.move_to_end(key)
                self.stats.hits += 1
                return self.data[key]
            self.stats.misses += 1
        value = fn(key)
        with atomic:
            if key not in self.data:
                self.data[key] = value
                if len(self.data) > self.capacity:
                    self.data.popitem(last=False)
                    self.stats.evictions += 1
            return self.data.get(key, value)


def slow_square(n):
    s = 0
    for _ in range(n % 7 + 1):
        s += n
    return s * n // (n % 7 + 1)


cache = Cache(16)
outputs = [None] * 4


def worker(wid):
    acc = []
    for i in range(150):
        k = (i * (wid + 3)) % 40
        acc.append(cache.get_or_compute(k, slow_square))
    outputs[wid] = acc


ts = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()

print("sizes", [len(o) for o in outputs])
print("correct", all(v == k * k for o, w in zip(outputs, range(4)) for v, k in zip(o, [(i * (w + 3)) % 40 for i in range(150)])))
st = cache.stats
print("lookups", st.hits + st.misses, "capacity kept", len(cache.data) <= 16)
print("evictions consistent", st.evictions <= st.misses)
print("values ok", all(v == k * k for k, v in cache.data.items()))

counter = {"n": 0}
shared = []


def bump_many(tag):
    for i in range(500):
        with atomic:
            counter["n"] += 1
            if i % 100 == 0:
                shared.append((tag, i))


ts = [threading.Thread(target=bump_many, args=(t,)) for t in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, sorted(shared))
