# concurrent.futures timeouts and failures: map(timeout=) and as_completed(timeout=) raise TimeoutError, a failing
# initializer breaks the pool (BrokenThreadPool), an initializer sets thread-local state, a bare Future used as a
# promise between threads, set_exception, InvalidStateError.
import threading, concurrent.futures as cf

gate2 = threading.Event()
with cf.ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(gate2.wait), ex.submit(lambda: 1)]
    fs[1].result()
    try:
        for f in cf.as_completed(fs, timeout=0.05):
            print("completed:", f.result())
    except cf.TimeoutError as e:
        print("TimeoutError:", e)
    try:
        list(ex.map(gate2.wait, [1], timeout=0.01))
    except cf.TimeoutError:
        print("map TimeoutError")
    gate2.set()

local = threading.local()


def init(tag):
    local.tag = tag


with cf.ThreadPoolExecutor(2, initializer=init, initargs=("ready",)) as ex:
    print("initializer:", set(ex.map(lambda _: local.tag, range(6))))


def bad_init():
    raise ValueError("init failed")


ex = cf.ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(int, "1")
try:
    f.result(timeout=10)
except cf.thread.BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex.submit(int, "2")
except cf.thread.BrokenThreadPool as e:
    print("submit after broken:", type(e).__name__)
ex.shutdown()

promise = cf.Future()
out = []


def waiter():
    out.append(promise.result(timeout=10))


ws = [threading.Thread(target=waiter) for _ in range(3)]
for w in ws:
    w.start()
print("promise running:", promise.set_running_or_notify_cancel())
promise.set_result("value")
for w in ws:
    w.join()
print("promise:", out)
try:
    promise.set_result("again")
except cf.InvalidStateError as e:
    print("InvalidStateError:", type(e).__name__)
p2 = cf.Future()
p2.set_exception(KeyError("nope"))
errs = []
t = threading.Thread(target=lambda: errs.append(repr(p2.exception())))
t.start()
t.join()
print("exception across threads:", errs)
p3 = cf.Future()
print("cancel pending:", p3.cancel(), p3.cancelled(), p3.done())
