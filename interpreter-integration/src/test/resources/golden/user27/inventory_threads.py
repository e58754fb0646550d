"""A warehouse simulation with threads: locks, conditions, queue.Queue, barriers, events, results in fixed order."""
import queue
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


class Warehouse:
    def __init__(self):
        self.stock = {}
        self.lock = threading.Lock()
        self.restocked = threading.Condition(self.lock)

    def add(self, item, n):
        with self.restocked:
            self.stock[item] = self.stock.get(item, 0) + n
            self.restocked.notify_all()

    def take(self, item, n, timeout=2.0):
        with self.restocked:
            ok = self.restocked.wait_for(lambda: self.stock.get(item, 0) >= n, timeout=timeout)
            if not ok:
                return False
            self.stock[item] -= n
            return True


wh = Warehouse()
results = {}


def customer(cid, item, n):
    results[cid] = wh.take(item, n)


threads = [threading.Thread(target=customer, args=(i, "bolt", 5), name=f"cust-{i}") for i in range(4)]
for t in threads:
    t.start()
for _ in range(4):
    wh.add("bolt", 5)
for t in threads:
    t.join()
print(sorted(results.items()), wh.stock, [t.name for t in threads], threads[0].is_alive())

jobs = queue.Queue()
done = queue.Queue()


def packer():
    while True:
        order = jobs.get()
        if order is None:
            jobs.task_done()
            break
        done.put((order, order * 2))
        jobs.task_done()


packers = [threading.Thread(target=packer, daemon=True) for _ in range(3)]
for p in packers:
    p.start()
for o in range(10):
    jobs.put(o)
for _ in packers:
    jobs.put(None)
jobs.join()
out = sorted(done.get() for _ in range(done.qsize()))
print(out[:3], len(out), jobs.empty())
try:
    jobs.get_nowait()
except queue.Empty:
    print("queue.Empty raised")
bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put(2, timeout=0.01)
except queue.Full:
    print("queue.Full raised")
pq = queue.PriorityQueue()
for pr, name in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put((pr, name))
print([pq.get()[1] for _ in range(3)], queue.LifoQueue().qsize())

barrier = threading.Barrier(3)
arrivals = []
alock = threading.Lock()


def runner(i):
    idx = barrier.wait()
    with alock:
        arrivals.append(i)


rs = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for r in rs:
    r.start()
for r in rs:
    r.join()
print(sorted(arrivals), barrier.broken, barrier.parties)

local = threading.local()


def use_local(v, out):
    local.v = v
    out.append(getattr(local, "v"))


outs = []
ts = [threading.Thread(target=use_local, args=(i, outs)) for i in range(3)]
[t.start() for t in ts]
[t.join() for t in ts]
print(sorted(outs), hasattr(local, "v"))

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(pow, 2, n): n for n in range(6)}
    res = sorted((futs[f], f.result()) for f in as_completed(futs))
    print(res, list(ex.map(str.upper, ["a", "b"])))
    bad = ex.submit(int, "x")
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e, bad.done(), type(bad.exception()).__name__)

ev = threading.Event()
print(ev.wait(0.01), ev.is_set())
ev.set()
print(ev.wait(), threading.current_thread().name, threading.main_thread() is threading.current_thread())
sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
t = threading.Timer(0.01, lambda: print("timer fired"))
t.start()
t.join()


def boom():
    raise KeyError("in thread")


captured = []
threading.excepthook = lambda args: captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
th = threading.Thread(target=boom, name="boomer")
th.start()
th.join()
print(captured)
