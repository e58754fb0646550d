# Futures in a pool: done callbacks run once (in the worker or at once), a callback that raises is logged and
# ignored, futures submitted from inside tasks, wait(FIRST_COMPLETED), thread_name_prefix, Future.exception timeout.
import threading, sys
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, TimeoutError as FTimeout

lock = threading.Lock()
log = []


def note(tag):
    def cb(f):
        with lock:
            log.append((tag, f.result()))
    return cb


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="cbpool") as ex:
    fs = []
    for i in range(6):
        f = ex.submit(lambda x: x + 100, i)
        f.add_done_callback(note("t%d" % i))
        fs.append(f)
    wait(fs)
print("callbacks:", sorted(log))

gate = threading.Event()
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="cbpool") as ex:
    slow = ex.submit(gate.wait)
    quick = ex.submit(lambda: threading.current_thread().name.startswith("cbpool_"))
    done, pending = wait([slow, quick], return_when=FIRST_COMPLETED)
    print("first completed is quick:", quick in done, slow in pending, quick.result())
    try:
        slow.exception(timeout=0.01)
    except FTimeout:
        print("exception() timed out")
    try:
        slow.result(timeout=0)
    except FTimeout:
        print("result() timed out")
    gate.set()
    print("slow:", slow.result())


def bad_cb(f):
    raise RuntimeError("callback exploded")


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: 5)
    f.result()
    f.add_done_callback(bad_cb)
    print("after bad callback:", f.result())
sys.stdout.flush()


with ThreadPoolExecutor(max_workers=4) as ex:
    def parent(n):
        children = [ex.submit(pow, n, k) for k in range(3)]
        return [c.result() for c in children]
    tops = [ex.submit(parent, n) for n in range(2, 4)]
    print("nested submit:", [t.result(timeout=10) for t in tops])
print("done")
