# suspended generators and coroutines dropped with a pending finally/with exit are closed when collected
# (CPython: when their last reference goes; here: at gc.collect() or the next safe point)
import gc


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
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def with_gen(name):
    with Res(name):
        yield "a"
        yield "b"


# del of the only reference to a suspended generator
g = gen("deleted")
print(next(g))
del g
gc.collect()
print("after del")


# a generator held by a local of a function that returns
def user():
    it = with_gen("local")
    print(next(it))
    return "returned"


r = user()
gc.collect()
print(r)
print("after return")


# rebinding the name drops the old generator
h = gen("first")
next(h)
h = gen("second")
next(h)
gc.collect()
print("after rebind")
h.close()


# one that catches GeneratorExit and reports it
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


c = catcher()
next(c)
c = None
gc.collect()
print("after catcher")


# a generator never started, and one exhausted: nothing runs
n = gen("never")
e = gen("exhausted")
list(e)
del n, e
gc.collect()


# yield from: the delegating chain is closed inner first
def outer():
    try:
        yield from gen("inner")
    finally:
        print("finally outer")


o = outer()
next(o)
del o
gc.collect()
print("after yield from")


# a coroutine suspended in a with block, dropped
class Step:
    def __await__(self):
        yield "step"


async def coro():
    with Res("coro"):
        await Step()
        print("not reached")


k = coro()
print(k.send(None))
del k
gc.collect()
print("after coroutine")


# an exception from the finally block is reported as unraisable
import sys


def bad():
    try:
        yield 1
    finally:
        raise ValueError("boom in finally")


def hook(u):
    print("unraisable:", type(u.exc_value).__name__, u.exc_value, type(u.object).__name__)


sys.unraisablehook = hook
b = bad()
next(b)
del b
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print("done")
