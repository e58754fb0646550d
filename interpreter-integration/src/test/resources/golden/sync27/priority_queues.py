# queue.PriorityQueue filled by several threads and drained in priority order; LifoQueue; SimpleQueue;
# tie-breaking with counters; items that do not compare raise TypeError in the putting thread.
import threading, queue, itertools

pq = queue.PriorityQueue()
tie = itertools.count()
lock = threading.Lock()


def producer(k):
    for i in range(50):
        prio = (i * 13 + k * 7) % 20
        with lock:
            n = next(tie)
        pq.put((prio, n, "p%d-%d" % (k, i)))


ts = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("size:", pq.qsize())
out = []
while not pq.empty():
    out.append(pq.get_nowait())
prios = [p for (p, _, _) in out]
print("ordered:", prios == sorted(prios), "count:", len(out), "first prio:", prios[0], "last:", prios[-1])
print("ties in put order:", all(out[i][1] < out[i + 1][1] for i in range(len(out) - 1) if out[i][0] == out[i + 1][0]))

# consumers draining a priority queue concurrently with sentinels of the lowest priority
pq2 = queue.PriorityQueue(maxsize=5)
got = [[] for _ in range(2)]


def cons(k):
    while True:
        p, item = pq2.get()
        if item is None:
            pq2.task_done()
            return
        got[k].append(item)
        pq2.task_done()


cs = [threading.Thread(target=cons, args=(k,)) for k in range(2)]
for t in cs:
    t.start()
for i in range(40):
    pq2.put((i % 7, i))
pq2.join()
for _ in cs:
    pq2.put((99, None))
for t in cs:
    t.join()
print("drained:", sorted(got[0] + got[1]) == list(range(40)))

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print("lifo:", [lq.get() for _ in range(5)])
sq = queue.SimpleQueue()
ts = [threading.Thread(target=lambda k=k: [sq.put((k, i)) for i in range(20)]) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
items = []
while not sq.empty():
    items.append(sq.get())
print("simple:", len(items), all([i for (kk, i) in items if kk == k] == list(range(20)) for k in range(3)))
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
bad = queue.PriorityQueue()
bad.put({"a": 1})
errs = []


def put_bad():
    try:
        bad.put({"b": 2})
    except TypeError as e:
        errs.append(str(e))


t = threading.Thread(target=put_bad)
t.start()
t.join()
print("TypeError:", errs, bad.qsize())
