"""Producers and consumers over queue.Queue with one sentinel per consumer; PriorityQueue and LifoQueue too."""
import queue
import threading

N_PROD = 3
N_CONS = 4
ITEMS = 200
SENTINEL = object()

q = queue.Queue(maxsize=16)
results = []
results_lock = threading.Lock()


def producer(pid):
    for i in range(ITEMS):
        q.put((pid, i, pid * 1000 + i))


def consumer(cid, seen):
    while True:
        item = q.get()
        try:
            if item is SENTINEL:
                return
            pid, i, val = item
            seen.append((pid, i))
            with results_lock:
                results.append(val * 2)
        finally:
            q.task_done()


producers = [threading.Thread(target=producer, args=(p,), name='prod-%d' % p) for p in range(N_PROD)]
seens = [[] for _ in range(N_CONS)]
consumers = [threading.Thread(target=consumer, args=(c, seens[c]), name='cons-%d' % c) for c in range(N_CONS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in range(N_CONS):
    q.put(SENTINEL)
q.join()
for t in consumers:
    t.join()
print('results', len(results), sum(results))
print('all seen', sum(len(s) for s in seens))
# each consumer saw each producer's items in order
ok = True
for s in seens:
    last = {}
    for pid, i in s:
        if last.get(pid, -1) >= i:
            ok = False
        last[pid] = i
print('per-producer order kept', ok)
print('queue empty', q.empty(), q.qsize(), q.unfinished_tasks)

# PriorityQueue: one producer thread, sorted output
pq = queue.PriorityQueue()


def fill():
    for k in [5, 3, 9, 1, 7, 2, 8, 0, 6, 4]:
        pq.put((k, 'job%d' % k))


t = threading.Thread(target=fill)
t.start()
t.join()
print([pq.get()[1] for _ in range(pq.qsize())])

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get_nowait() for _ in range(5)])
try:
    lq.get_nowait()
except queue.Empty:
    print('Empty raised')
full = queue.Queue(maxsize=1)
full.put(1)
try:
    full.put(2, timeout=0.01)
except queue.Full:
    print('Full raised')
try:
    full.put_nowait(3)
except queue.Full:
    print('Full raised again')

sq = queue.SimpleQueue()


def simple_worker():
    total = 0
    while (x := sq.get()) is not None:
        total += x
    sq_out.append(total)


sq_out = []
workers = [threading.Thread(target=simple_worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(300):
    sq.put(i)
for _ in workers:
    sq.put(None)
for w in workers:
    w.join()
print('simple queue total', sum(sq_out), len(sq_out))
