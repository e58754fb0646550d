# Producers and consumers over a bounded queue.Queue: task_done/join, sentinel shutdown, every item once.
import threading, queue

q = queue.Queue(maxsize=3)
NPROD, NCONS, PER = 3, 2, 200
seen = [[] for _ in range(NCONS)]
max_size = [0]
size_lock = threading.Lock()


def producer(p):
    for i in range(PER):
        q.put((p, i))
        with size_lock:
            max_size[0] = max(max_size[0], q.qsize())


def consumer(c):
    while True:
        item = q.get()
        try:
            if item is None:
                return
            seen[c].append(item)
        finally:
            q.task_done()


cons = [threading.Thread(target=consumer, args=(c,), name="cons-%d" % c) for c in range(NCONS)]
prods = [threading.Thread(target=producer, args=(p,), name="prod-%d" % p) for p in range(NPROD)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
q.join()
print("joined, empty:", q.empty(), "unfinished:", q.unfinished_tasks)
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
allitems = sorted(seen[0] + seen[1])
print("items:", len(allitems), "unique:", len(set(allitems)))
print("complete:", allitems == [(p, i) for p in range(NPROD) for i in range(PER)])
for p in range(NPROD):
    # per producer, each consumer sees that producer's items in FIFO order
    ok = all([i for (pp, i) in s if pp == p] == sorted(i for (pp, i) in s if pp == p) for s in seen)
    print("producer", p, "fifo per consumer:", ok)
print("max qsize <= 3:", max_size[0] <= 3)
print("alive:", [t.is_alive() for t in cons + prods])
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
