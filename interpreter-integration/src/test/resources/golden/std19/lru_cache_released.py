# A function's frame kept for reuse must not keep its last caller's locals alive: an lru_cache wrapper (a Python
# class whose __call__ calls a helper) called at module level, then deleted, is collected.
import functools
import gc
import weakref


@functools.lru_cache
def square(x):
    return x * x


ref = weakref.ref(square)
print(square(3), square(3), square.cache_info())
del square
gc.collect()
print("lru_cache wrapper after del:", ref())


def helper(a):
    return a + 1


class Calls:
    def __call__(self, x):
        return helper(x)


obj = Calls()
ref = weakref.ref(obj)
print(obj(1))
del obj
gc.collect()
print("instance whose __call__ called a function:", ref())


def inside():
    o = Calls()
    r = weakref.ref(o)
    Calls.__call__(o, 2)
    del o
    gc.collect()
    return r()


print("same inside a function:", inside(), inside())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
ref = weakref.ref(fib)
del fib
gc.collect()
print("recursive cached function after del:", ref())
