# A worker thread suspends generators inside try/with, drops them and then waits (alive, parked) while the main
# thread collects: the main thread's gc.collect() closes them (CPython closes them at the drop), and the worker's
# live generator is left alone.
import gc
import threading
import time
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


def collect_until_dead(refs):
    for _ in range(500):
        gc.collect()
        if all(r() is None for r in refs):
            return
        time.sleep(0.01)


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
# the worker holds no lock now and waits for "go" (or is about to: under STM what its last transactions wrote over
# stays reachable from its logs until it parks, so collect until the dropped generators are gone)
collect_until_dead(refs)
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


refs2 = []


def worker2():
    h = with_gen("event")
    next(h)
    refs2.append(weakref.ref(h))
    del h
    ready.set()
    release.wait()


t = threading.Thread(target=worker2)
t.start()
ready.wait()
collect_until_dead(refs2)
print(events)
release.set()
t.join()
print("end")
