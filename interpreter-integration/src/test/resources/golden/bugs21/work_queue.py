"""Producer/consumer with queue.Queue, sentinels, task_done/join and a results dict merged after join."""
import queue
import threading
from collections import Counter, defaultdict

tasks = queue.Queue(maxsize=8)
results = queue.Queue()
lock = threading.Lock()
per_worker = defaultdict(int)

WORDS = "the quick brown fox jumps over the lazy dog and the cat sat on the mat".split()


def producer(n):
    for i in range(n):
        line = " ".join(WORDS[(i * k) % len(WORDS)] for k in range(1, 6))
        tasks.put((i, line))


def consumer(name):
    while True:
        item = tasks.get()
        try:
            if item is None:
                return
            idx, line = item
            c = Counter(line.split())
            results.put((idx, c.most_common(1)[0], len(line)))
            with lock:
                per_worker[name] += 1
        finally:
            tasks.task_done()


workers = [threading.Thread(target=consumer, args=(f"w{i}",)) for i in range(3)]
for w in workers:
    w.start()
prods = [threading.Thread(target=producer, args=(40,)) for _ in range(2)]
for p in prods:
    p.start()
for p in prods:
    p.join()
tasks.join()
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()

got = []
while not results.empty():
    got.append(results.get_nowait())
got.sort()
print("results:", len(got))
print("handled:", sum(per_worker.values()), set(per_worker) <= {"w0", "w1", "w2"})
total = Counter()
for idx, (word, n), length in got:
    total[word] += n
print(sorted(total.items()))
print(got[:3])
try:
    results.get(timeout=0.01)
except queue.Empty:
    print("empty as expected")
q2 = queue.Queue(maxsize=1)
q2.put_nowait(1)
try:
    q2.put_nowait(2)
except queue.Full:
    print("full as expected", q2.qsize(), q2.full())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put((x % 3, x))
print([lq.get() for _ in range(5)], [pq.get() for _ in range(5)])
