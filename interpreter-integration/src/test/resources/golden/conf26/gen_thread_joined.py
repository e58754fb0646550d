# A generator suspended inside try/with by a worker thread and dropped there is closed by the main thread's
# gc.collect() after the join (CPython closes it at the drop; the events are logged, printed after the collection).
import gc
import threading
import weakref

events = []


def guarded(tag):
    try:
        yield 1
        yield 2
    finally:
        events.append("finally " + tag)


class Res:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        events.append("exit %s %s" % (self.tag, exc[0].__name__ if exc[0] else None))
        return False


def with_gen(tag):
    with Res(tag):
        yield tag
        yield tag + "!"


refs = []


def worker(n):
    for i in range(n):
        g = guarded("w%d" % i)
        next(g)
        refs.append(weakref.ref(g))
        del g
    h = with_gen("with")
    next(h)
    refs.append(weakref.ref(h))
    h = None
    # finished generators are not touched
    done = guarded("finished")
    list(done)
    events.append("worker done")


t = threading.Thread(target=worker, args=(3,))
t.start()
t.join()
gc.collect()
print(sorted(events))
print("dead:", [r() is None for r in refs])

# many workers, each dropping one generator among kept ones
events.clear()
kept = []
lock = threading.Lock()


def worker2(k):
    a = guarded("keep%d" % k)
    next(a)
    b = guarded("drop%d" % k)
    next(b)
    with lock:
        kept.append(a)
    del b


ts = [threading.Thread(target=worker2, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gc.collect()
print(sorted(events))
kept.sort(key=lambda g: g.gi_frame.f_locals["tag"] if g.gi_frame else "")
for g in kept:
    g.close()
print(sorted(events))
