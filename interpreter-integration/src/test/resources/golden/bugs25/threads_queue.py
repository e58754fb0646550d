import threading, queue, concurrent.futures as cf, time
from collections import defaultdict
q = queue.Queue()
results = defaultdict(list)
lock = threading.Lock()
def worker(wid):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results[item % 3].append(item * item)
        q.task_done()
ts = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(4)]
for t in ts: t.start()
for i in range(30): q.put(i)
for _ in ts: q.put(None)
q.join()
for t in ts: t.join()
print({k: sorted(v) for k, v in sorted(results.items())}, [t.is_alive() for t in ts], ts[0].name)
def fact(n):
    r = 1
    for i in range(2, n + 1): r *= i
    return n, len(str(r))
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(fact, [10, 100, 500, 1000])))
    futs = {ex.submit(fact, n): n for n in (5, 50)}
    print(sorted(f.result() for f in cf.as_completed(futs)))
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("future raised", e, bad.exception().__class__.__name__)
cond = threading.Condition()
items = []
def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(list(items))
out = []
c = threading.Thread(target=consumer, args=(out,)); c.start()
for i in range(3):
    with cond:
        items.append(i); cond.notify_all()
c.join(); print(out)
barrier = threading.Barrier(3)
order = []
def stage(i):
    with lock: order.append(("a", i))
    barrier.wait()
    with lock: order.append(("b", i))
th = [threading.Thread(target=stage, args=(i,)) for i in range(3)]
[t.start() for t in th]; [t.join() for t in th]
print(sorted(order[:3]), sorted(order[3:]), all(x[0] == "a" for x in order[:3]))
local = threading.local()
def setl(v, out):
    local.v = v; out.append(local.v)
lo = []
tl = [threading.Thread(target=setl, args=(i, lo)) for i in range(3)]
[t.start() for t in tl]; [t.join() for t in tl]
print(sorted(lo), hasattr(local, "v"))
ev = threading.Event()
t = threading.Timer(0.01, ev.set); t.start()
print(ev.wait(5), ev.is_set()); t.join()
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire(); print(sem.acquire(blocking=False)); sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print(e)
pq = queue.PriorityQueue()
for p in [(3, "c"), (1, "a"), (2, "b")]: pq.put(p)
print([pq.get()[1] for _ in range(3)], queue.LifoQueue().empty())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty")
def thrower():
    raise RuntimeError("in thread")
threading.excepthook = lambda args: print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
t = threading.Thread(target=thrower, name="T-err"); t.start(); t.join()
print(threading.current_thread().name, threading.active_count())
