# A function that received an object and returned must not keep it alive: after `del` and gc.collect() a weak
# reference to it is dead, whatever path called the function (an unbound method taken from the class, a closure,
# keyword arguments, *args, a constructor's __init__, a bound method kept elsewhere). Under STM the running loop's
# restart point may still name the returned frame; the frame itself must not hold the object.
import gc
import weakref


class Obj:
    pass


def helper(a):
    return a


class Calls:
    def __call__(self, x):
        return helper(x)

    def method(self, x):
        return helper(x)


def closure(v):
    def inner():
        return v
    return inner() is v


def kw(*, value):
    return helper(value)


def star(*args):
    return len(args)


class Holder:
    def __init__(self, x):
        self.kind = type(x).__name__


def call(kind, o):
    if kind == "unbound":
        Calls.__call__(o, 2)
    elif kind == "closure":
        closure(o)
    elif kind == "keyword":
        kw(value=o)
    elif kind == "star":
        star(*[o, o])
    elif kind == "init":
        Holder(o)
    elif kind == "method":
        Calls().method(o)


def trial(kind):
    o = Calls() if kind == "unbound" else Obj()
    r = weakref.ref(o)
    call(kind, o)
    del o
    gc.collect()
    return r() is None


# each gc.collect() is a full collection of the JVM: two tries of the slow call paths (frames that are not reused),
# one collection for the paths whose frames are reused
for kind in ["unbound", "closure", "keyword", "star"]:
    print(kind, sum(trial(kind) for _ in range(2)), "of 2 freed")
refs = []
for kind in ["init", "method"]:
    o = Obj()
    refs.append(weakref.ref(o))
    call(kind, o)
    del o
gc.collect()
print("init, method:", [r() is None for r in refs])


def keeps(x):
    raise ValueError(x)


o = Obj()
r = weakref.ref(o)
try:
    keeps(o)
except ValueError as e:
    tb = e.__traceback__
del o
gc.collect()
print("a traceback still shows the argument:", r() is not None, tb.tb_next.tb_frame.f_locals["x"] is r())
del tb
