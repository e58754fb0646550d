# A worker thread suspends generators inside try/with, drops them and then waits (alive, parked) while the main
# thread collects: the main thread's gc.collect() closes them (CPython closes them at the drop), and the worker's
# live generator is left alone.
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
        events.append("exit " + self.tag)
        return False


def with_gen(tag):
    with Res(tag):
        yield tag


cond = threading.Condition()
state = {"dropped": False, "go": False, "parked": False}
refs = []


def worker():
    live = guarded("live")
    next(live)
    g = guarded("dropped")
    next(g)
    h = with_gen("dropped-with")
    next(h)
    refs.append(weakref.ref(g))
    refs.append(weakref.ref(h))
    del g, h
    with cond:
        state["dropped"] = True
        cond.notify_all()
        while not state["go"]:
            cond.wait()
    events.append("worker resumed")
    next(live)
    events.append("live still running")
    live.close()


t = threading.Thread(target=worker)
t.start()
with cond:
    while not state["dropped"]:
        cond.wait()
# the worker holds no lock now and waits for "go" (or is about to)
gc.collect()
print(sorted(events))
print("dead:", [r() is None for r in refs])
with cond:
    state["go"] = True
    cond.notify_all()
t.join()
print(events[-3:])

# a daemon-like worker blocked on an Event after dropping a generator inside a with block
events.clear()
ready = threading.Event()
release = threading.Event()


def worker2():
    h = with_gen("event")
    next(h)
    del h
    ready.set()
    release.wait()


t = threading.Thread(target=worker2)
t.start()
ready.wait()
gc.collect()
print(events)
release.set()
t.join()
print("end")
