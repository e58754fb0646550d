# generators suspended in try/with are armed for closing lazily (gen25): the ones that finish soon (a
# @contextmanager's) are never armed; a dropped one is still closed when collected, also after many others,
# in a thread, and as a coroutine (CPython: when its last reference goes; here: at gc.collect())
import contextlib
import gc
import threading
import weakref

log = []


@contextlib.contextmanager
def ctx(name):
    log.append("enter " + name)
    try:
        yield name
    finally:
        log.append("exit " + name)


# many with-blocks over a @contextmanager (more than a deferred list holds), one left by an exception
total = 0
for i in range(100):
    with ctx("c%d" % i) as v:
        total += len(v)
try:
    with ctx("raises"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
print(total, len(log), log[:2], log[-2:])
log.clear()

# a context manager entered and dropped without __exit__: its generator is closed when collected
cm = ctx("abandoned")
print(cm.__enter__())
del cm
gc.collect()
print(log)
log.clear()


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def with_gen(name):
    with Res(name):
        yield "a"
        yield "b"


# dropped after 70 finished ones and between two kept ones
keep = gen("kept-1")
next(keep)
for i in range(70):
    with ctx("x"):
        pass
d = with_gen("dropped-in-with")
print(next(d))
keep2 = gen("kept-2")
next(keep2)
w = weakref.ref(d)
del d
gc.collect()
print("weakref dead:", w() is None)
print("after drop")

# a generator resumed many times before it is dropped
r = gen("resumed")
next(r)
next(r)
del r
gc.collect()
print("after resumed")


# dropped in a thread that ends before the collection
def worker(out):
    t = with_gen("in-thread")
    out.append(next(t))
    for i in range(5):
        with ctx("t"):
            pass
    # t is dropped when the thread's function returns


out = []
th = threading.Thread(target=worker, args=(out,))
th.start()
th.join()
gc.collect()
print("after thread", out)


# made in a thread and suspended there, dropped here after the thread ended
def maker(box):
    g = gen("made-in-thread")
    next(g)
    box.append(g)


box = []
th = threading.Thread(target=maker, args=(box,))
th.start()
th.join()
box.clear()
gc.collect()
print("after thread-made")


# a coroutine suspended in try and in with, dropped; many others run to the end
class Step:
    def __await__(self):
        yield "step"


async def coro(name):
    try:
        with Res(name):
            await Step()
            return name
    finally:
        print("coro finally", name)


done = 0
for i in range(3):
    c = coro("ran-%d" % i)
    c.send(None)
    try:
        c.send(None)
    except StopIteration as e:
        done += 1
print("ran", done)
k = coro("dropped-coro")
print(k.send(None))
del k
gc.collect()
print("after coroutine")

# the kept ones are still suspended and close normally
keep.close()
keep2.close()
print("done")
