# Calls that return make room for the next call of the same function; nothing a program can still see of a
# finished call may change: frames from sys._getframe and tracebacks keep their own locals and callers, and the
# locals of a finished call do not keep objects alive.
import gc
import sys
import weakref


def here(x):
    return sys._getframe()


def distinct_frames():
    frames = [here(i) for i in range(3)]
    return [f.f_locals["x"] for f in frames], len(set(id(f) for f in frames))


print("sys._getframe:", distinct_frames())


def fail(n):
    if n % 2:
        raise ValueError(n)
    return n


def catch(n):
    try:
        return fail(n)
    except ValueError as e:
        return e


results = [catch(i) for i in range(1, 6)]
for r in results:
    if isinstance(r, ValueError):
        tb = r.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print("traceback frame of fail:", tb.tb_frame.f_locals["n"], tb.tb_frame.f_code.co_name, tb.tb_lineno)
    else:
        print("returned:", r)


def callee():
    return sys._getframe(1)


def caller(tag):
    return callee(), tag


pairs = [caller(t) for t in "ab"]
print("f_back kept:", [(f.f_code.co_name, f.f_locals["tag"], t) for f, t in pairs], pairs[0][0] is pairs[1][0])


class Thing:
    pass


def hold():
    t = Thing()
    return weakref.ref(t)


def released():
    r = hold()
    for _ in range(3):
        gc.collect()
    return r() is None


print("locals of a finished call released:", released())


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def alternate(n):
    total = 0
    for i in range(n):
        total += fib(i % 7) + here(i).f_locals["x"] + len(str(i))
    return total


print("recursion and alternating callees:", fib(20), alternate(200))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


def walk(n):
    p = Point(0, 0)
    for i in range(n):
        p = p.moved(i)
    return p.x, p.y


print("instances made in a loop:", walk(100))


def unbound_after_reuse(flag):
    if flag:
        value = 1
    try:
        return value
    except UnboundLocalError as e:
        return "unbound"


print("a local of an earlier call is not seen:", [unbound_after_reuse(f) for f in (True, False, True, False)])
