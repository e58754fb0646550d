# A thread pool computing a parallel reduction into shared containers: a Counter under a lock, a dict of
# lists via setdefault, a list extended per chunk, per-thread partials merged, and max/min under a lock.
import threading
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

words = ("alpha beta gamma delta alpha beta alpha epsilon zeta eta theta gamma " * 40).split()
chunks = [words[i:i + 37] for i in range(0, len(words), 37)]
total = Counter()
lock = threading.Lock()
by_len = {}
flat = []
extremes = {"max": "", "min": "zzzz"}


def count_chunk(idx):
    local = Counter(chunks[idx])
    with lock:
        total.update(local)
        flat.extend((idx, w) for w in chunks[idx])
        for w in chunks[idx]:
            if w > extremes["max"]:
                extremes["max"] = w
            if w < extremes["min"]:
                extremes["min"] = w
    for w in set(chunks[idx]):
        by_len.setdefault(len(w), set()).add(w)
    return len(chunks[idx])


with ThreadPoolExecutor(max_workers=4) as ex:
    sizes = list(ex.map(count_chunk, range(len(chunks))))
print("words:", sum(sizes), len(words))
print("counter:", sorted(total.items()))
print("matches sequential:", total == Counter(words))
print("by length:", sorted((k, sorted(v)) for k, v in by_len.items()))
print("flat:", len(flat), sorted(flat) == sorted((i // 37, w) for i, w in enumerate(words)))
print("extremes:", extremes)

# partial sums per thread merged at the end (no sharing while computing)
partials = [0] * 4


def psum(k):
    s = 0
    for i in range(k, 100000, 4):
        s += i * i
    partials[k] = s


ts = [threading.Thread(target=psum, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("sum of squares:", sum(partials), sum(i * i for i in range(100000)))

hist = defaultdict(int)


def bump(k):
    for i in range(3000):
        with lock:
            hist[(i * 7 + k) % 10] += 1


ts = [threading.Thread(target=bump, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("histogram:", sorted(hist.items()), sum(hist.values()))
