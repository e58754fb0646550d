# Four threads use dict.setdefault on the same keys: setdefault is one atomic bytecode, so exactly one list is
# created per key and every append lands in it.
import threading

d = {}
keys = ["k%d" % i for i in range(20)]


def worker(t):
    for r in range(50):
        for k in keys:
            d.setdefault(k, []).append((t, r))


ts = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), sorted(len(v) for v in d.values())[0], sorted(len(v) for v in d.values())[-1])
print(all(sorted(v) == sorted((t, r) for t in range(4) for r in range(50)) for v in d.values()))

# dict get/set read-modify-write under a lock, and counters updated with dict.get in one thread each
counts = {}
lock = threading.Lock()


def count(t):
    for i in range(300):
        with lock:
            counts[i % 7] = counts.get(i % 7, 0) + 1


ts = [threading.Thread(target=count, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(counts.items()), sum(counts.values()))
