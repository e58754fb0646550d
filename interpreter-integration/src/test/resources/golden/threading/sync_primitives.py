# Every synchronisation primitive of threading and queue, with and without timeouts.
import queue
import threading
import time

# Lock: acquire/release, non-blocking and timed acquire of a held lock, locked()
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)

# RLock: re-entry by the owner, other threads wait
r = threading.RLock()
with r:
    with r:
        got = []
        t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.01)))
        t.start()
        t.join()
        print("other thread got the held RLock:", got)

# Condition: producer/consumer with wait_for and notify_all
cond = threading.Condition()
items = []


def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(list(items))


outs = []
cs = [threading.Thread(target=consumer, args=(outs,)) for _ in range(2)]
for c in cs:
    c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
for c in cs:
    c.join()
print(outs)
with cond:
    print("wait with timeout:", cond.wait(0.01))

# Semaphore: at most two inside at once
sem = threading.Semaphore(2)
inside = [0]
most = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.005)
        with guard:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("most inside:", most[0] <= 2, "inside now:", inside[0])
print(sem.acquire(timeout=0.01), sem.acquire(False), sem.acquire(False))

# BoundedSemaphore: releasing too often is an error
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
t = threading.Timer(0.01, ev.set)
t.start()
print(ev.wait(), ev.is_set())
t.join()
ev.clear()
print(ev.is_set())

# Timer cancelled before it fires
fired = []
t = threading.Timer(10, lambda: fired.append(1))
t.start()
t.cancel()
t.join()
print("cancelled timer fired:", fired)

# Barrier: parties, the action runs once, abort breaks it
hits = []
bar = threading.Barrier(3, action=lambda: hits.append("action"))
res = []


def meet():
    res.append(bar.wait())


ts = [threading.Thread(target=meet) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(bar.parties, sorted(res), hits, bar.n_waiting, bar.broken)
bar2 = threading.Barrier(2)
try:
    bar2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", bar2.broken)

# queues
q = queue.Queue()
for i in range(5):
    q.put(i)
got = []


def drain():
    while True:
        try:
            x = q.get(timeout=0.05)
        except queue.Empty:
            return
        got.append(x)
        q.task_done()


ts = [threading.Thread(target=drain) for _ in range(2)]
for t in ts:
    t.start()
q.join()
for t in ts:
    t.join()
print(sorted(got), q.empty(), q.qsize())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
bq = queue.Queue(maxsize=1)
bq.put_nowait("a")
try:
    bq.put_nowait("b")
except queue.Full:
    print("Full")
try:
    bq.put("b", timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(bq.get_nowait())
try:
    bq.get_nowait()
except queue.Empty:
    print("Empty")

# join with and without a timeout
stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
t.join(0.01)
print("alive after timed join:", t.is_alive())
stop.set()
t.join()
print("alive after join:", t.is_alive())
