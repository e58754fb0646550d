import concurrent.futures as cf
import threading
import time


def work(n):
    if n == 4:
        raise ValueError("bad input %d" % n)
    return n * n


with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="w") as ex:
    print(list(ex.map(work, [1, 2, 3])))
    futs = {ex.submit(work, n): n for n in range(6)}
    results = {}
    for f in cf.as_completed(futs):
        n = futs[f]
        try:
            results[n] = f.result()
        except ValueError as e:
            results[n] = "error: %s" % e
    print(sorted(results.items()))
    try:
        list(ex.map(work, [3, 4, 5]))
    except ValueError as e:
        print("map raised", e)
    f = ex.submit(work, 4)
    print(type(f.exception()).__name__, f.done(), f.cancelled())
    done, not_done = cf.wait([ex.submit(work, i) for i in range(4)], return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done), sorted(d.result() for d in done))

gate = threading.Event()
order = []
lock = threading.Lock()


started = threading.Event()


def slow(tag):
    started.set()
    gate.wait()
    with lock:
        order.append(tag)
    return tag


ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(slow, "first")
queued = [ex.submit(slow, "q%d" % i) for i in range(3)]
started.wait()  # "first" is running: it cannot be cancelled
print(queued[1].cancel(), queued[1].cancelled(), first.cancel())
cb = []
queued[2].add_done_callback(lambda f: cb.append(("cb", f.result())))
gate.set()
ex.shutdown(wait=True)
print(order, cb, first.result(), queued[1].cancelled())
try:
    queued[1].result()
except cf.CancelledError:
    print("CancelledError")
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print("RuntimeError", e)

f = cf.Future()
print(f.done(), f.running(), f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(f.result(), f.done(), repr(f).split(" ")[-1])
f2 = cf.Future()
try:
    f2.result(timeout=0.01)
except cf.TimeoutError:
    print("TimeoutError")
f2.set_exception(KeyError("k"))
print(repr(f2.exception()))


def producer_consumer():
    import queue
    q = queue.Queue()
    total = []

    def consume():
        s = 0
        while (item := q.get()) is not None:
            s += item
        total.append(s)

    with cf.ThreadPoolExecutor(2) as pool:
        c = pool.submit(consume)
        for i in range(100):
            q.put(i)
        q.put(None)
        c.result()
    return total


print(producer_consumer())
