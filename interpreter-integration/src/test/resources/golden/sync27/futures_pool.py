# concurrent.futures.ThreadPoolExecutor as users write it: map (ordered, exceptions surface on iteration),
# as_completed, wait(FIRST_EXCEPTION / ALL_COMPLETED), cancel of queued work, shutdown(wait=False,
# cancel_futures=True), add_done_callback, exception(), submit after shutdown.
import threading
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION, ALL_COMPLETED,
                                CancelledError)


def sq(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as ex:
    print("map:", list(ex.map(sq, range(10))))
    print("map two iterables:", list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    futs = {ex.submit(sq, i): i for i in range(8)}
    print("as_completed:", sorted((futs[f], f.result()) for f in as_completed(futs)))


def maybe_fail(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x


with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(maybe_fail, range(6))
    got = []
    try:
        for v in it:
            got.append(v)
    except ValueError as e:
        print("map raised at:", got, e)
    fs = [ex.submit(maybe_fail, i) for i in range(6)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print("wait all:", len(done), len(not_done))
    errs = [(i, repr(f.exception())) for i, f in enumerate(fs) if f.exception()]
    print("exceptions:", errs)
    try:
        fs[3].result()
    except ValueError as e:
        print("result raised:", e)

gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "blocker done"


ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo")
fb = ex.submit(blocker)
started.wait()
queued = [ex.submit(sq, i) for i in range(5)]
print("cancel queued:", [f.cancel() for f in queued[:2]], "running cancel:", fb.cancel())
print("states:", fb.running(), [f.cancelled() for f in queued])
try:
    queued[0].result()
except CancelledError:
    print("CancelledError from result")
cb = []
queued[4].add_done_callback(lambda f: cb.append(("cb", f.result())))
done, not_done = wait([fb] + queued[2:], timeout=0.01, return_when=FIRST_EXCEPTION)
print("wait timeout:", len(done), len(not_done))
gate.set()
print("blocker:", fb.result(timeout=10), [f.result() for f in queued[2:]])
ex.shutdown(wait=True)
print("callback:", cb)
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

gate2 = threading.Event()
started2 = threading.Event()
ex2 = ThreadPoolExecutor(max_workers=1)


def blocker2():
    started2.set()
    gate2.wait()
    return 7


f0 = ex2.submit(blocker2)
started2.wait()
rest = [ex2.submit(sq, i) for i in range(4)]
ex2.shutdown(wait=False, cancel_futures=True)
print("cancel_futures:", [f.cancelled() for f in rest])
gate2.set()
print("first still runs:", f0.result(timeout=10))
ex2.shutdown(wait=True)
f = ThreadPoolExecutor(2).submit(sq, 9)
print("done callback after completion:", f.result())
late = []
f.add_done_callback(lambda ff: late.append(ff.result()))
print("late callback ran at once:", late)
