# functools.lru_cache: the C wrapper's behaviour (maxsize None/0/n, typed, keys, cache_info, cache_clear,
# cache_parameters, update_wrapper attributes, __get__ on methods, re-entrancy, exceptions, unhashable arguments,
# __hash__/__eq__ calls, copy and pickle)
import copy
import functools
import pickle
from functools import lru_cache

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info())
print(sq.cache_parameters(), type(sq.cache_info()).__name__)
sq.cache_clear()
print(sq.cache_info())
print(sq(2), sq.cache_info().currsize)

# maxsize None: unbounded
n = []


@lru_cache(maxsize=None)
def ident(*a, **k):
    n.append(1)
    return (a, sorted(k.items()))


for i in range(50):
    ident(i % 10)
print(ident.cache_info(), len(n))
print(ident(1, b=2, a=1), ident(1, a=1, b=2), ident(1, b=2, a=1), ident.cache_info())

# maxsize 0: counts misses only
z = lru_cache(0)(lambda x: x + 1)
print(z(1), z(1), z.cache_info())
neg = lru_cache(-5)(lambda x: x)
print(neg(1), neg(1), neg.cache_info())

# bare decorator, default maxsize 128
@lru_cache
def dflt(x):
    return x


print(dflt(1), dflt(1), dflt.cache_info(), dflt.cache_parameters())

# typed
@lru_cache(typed=True)
def t(x):
    return type(x).__name__


print(t(1), t(1.0), t(True), t.cache_info())


@lru_cache(typed=False)
def u(x):
    return type(x).__name__


print(u(1), u(1.0), u(True), u.cache_info())

# a single exact int or str is its own key; an int subclass is not
class MyInt(int):
    pass


@lru_cache(None)
def s(x):
    return repr(x)


print(s(5), s(MyInt(5)), s('a'), s.cache_info())

# wrapper attributes
def documented(a, b=2):
    """doc here"""
    return a + b


documented.extra = 'x'
w = lru_cache(10)(documented)
print(w.__name__, w.__qualname__, w.__doc__, w.__module__, w.extra, w.__wrapped__ is documented)
print(sorted(w.__dict__))
print(type(w).__name__, type(w).__module__, type(w).__qualname__)
w.attr = 5
print(w.attr, w(1), w(1, 3), w(a=1), w(1, b=2), w.cache_info())
print(repr(w).startswith('<functools._lru_cache_wrapper object at 0x'))
print(callable(w), isinstance(w, functools._lru_cache_wrapper))

# methods
class C:
    def __init__(self, v):
        self.v = v

    @lru_cache(maxsize=None)
    def m(self, k):
        return self.v * k

    @classmethod
    @lru_cache
    def cm(cls, k):
        return cls.__name__ + str(k)

    @staticmethod
    @lru_cache(4)
    def sm(k):
        return -k


c1, c2 = C(2), C(3)
print(c1.m(5), c2.m(5), c1.m(5), C.m.cache_info())
print(C.m(c1, 5), C.m.cache_info(), C.__dict__['m'] is C.m)
print(C.cm(1), C.cm(1), C.sm(2), C.sm(2), C.sm.cache_info())
bm = c1.m
print(type(bm).__name__, bm.__self__ is c1, bm.__func__ is C.m)
print(C.m.__get__(None, C) is C.m, C.m.__get__(c1)(5))

# recursion (re-entrant calls)
@lru_cache(None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())


@lru_cache(3)
def fib3(n):
    return n if n < 2 else fib3(n - 1) + fib3(n - 2)


print(fib3(30), fib3.cache_info())

# a call that evicts while another is in flight, and one that adds its own key
@lru_cache(2)
def evicter(n):
    if 0 < n < 10:
        evicter(n - 1)
        evicter(n + 100)
    return n


print(evicter(3), evicter.cache_info())

depth = [0]


@lru_cache(2)
def adds_self(n):
    depth[0] += 1
    if depth[0] < 3:
        adds_self(n)
    depth[0] -= 1
    return n * 10 + depth[0]


print(adds_self(1), adds_self(1), adds_self.cache_info())

# exceptions are not cached
tries = []


@lru_cache(4)
def flaky(x):
    tries.append(x)
    if len(tries) < 3:
        raise ValueError('try %d' % len(tries))
    return x


for _ in range(4):
    try:
        print(flaky(7))
    except ValueError as e:
        print('ValueError', e)
print(flaky.cache_info(), tries)

# unhashable arguments
for f in (sq, ident, lru_cache(None)(lambda x: x), z):
    try:
        print(f([1]))
    except TypeError as e:
        print('TypeError', e)
try:
    ident(1, k={})
except TypeError as e:
    print('TypeError', e)
print(sq.cache_info(), ident.cache_info().misses, z.cache_info())

# __hash__ and __eq__ calls: hashed once per call, compared on lookups as CPython does
log = []


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        log.append('hash%d' % self.v)
        return hash(self.v)

    def __eq__(self, other):
        log.append('eq%d' % self.v)
        return isinstance(other, Key) and self.v == other.v


@lru_cache(2)
def kf(k):
    return k.v


a1, a2, b = Key(1), Key(1), Key(2)
print(kf(a1), log)
del log[:]
print(kf(a1), log)
del log[:]
print(kf(a2), log)
del log[:]
print(kf(b), kf(Key(3)), log)
del log[:]
print(kf(a1, ), kf.cache_info(), log)
del log[:]


@lru_cache(None)
def kf2(k, j=0):
    return k.v + j


print(kf2(a1), kf2(a2), kf2(a1, j=1), kf2(a1, 1), log)
del log[:]

# an __eq__ that raises
class BadEq(Key):
    def __eq__(self, other):
        raise RuntimeError('eq')

    __hash__ = Key.__hash__


x1, x2 = BadEq(9), BadEq(9)
kf(x1)
try:
    kf(x2)
except RuntimeError as e:
    print('RuntimeError', e)
print(kf.cache_info())

# copy, deepcopy, pickle
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq, sq.__copy__() is sq, sq.__deepcopy__({}) is sq)
print(sq.__reduce__(), pickle.loads(pickle.dumps(sq)) is sq)
print(pickle.loads(pickle.dumps(C.sm)) is C.sm if False else 'skip')

# direct construction
CI = functools._CacheInfo
d = functools._lru_cache_wrapper(len, 3, False, CI)
print(d('abc'), d('abc'), d.cache_info())
for bad in [('x', 1, False, CI), (len, 'x', False, CI), (len, 1.5, False, CI)]:
    try:
        functools._lru_cache_wrapper(*bad)
    except TypeError as e:
        print('TypeError', e)
print(functools._lru_cache_wrapper(len, None, 1, CI).cache_info())
print(functools._lru_cache_wrapper(len, True, 0, CI).cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)

# a cache of a builtin, and of a callable object
lenc = lru_cache(None)(len)
print(lenc('ab'), lenc('ab'), lenc.cache_info())


class Adder:
    def __call__(self, a, b):
        return a + b


ac = lru_cache(2)(Adder())
print(ac(1, 2), ac(1, 2), ac(b=2, a=1), ac.cache_info())

# not a base type; __dict__ replaced by assignment
try:
    class Sub(functools._lru_cache_wrapper):
        pass
    print('subclassed')
except TypeError as e:
    print('TypeError', e)
g = lru_cache(lambda x: x)
g.__dict__ = {'a': 1}
print(g.a, sorted(g.__dict__), type(g).__dict__['__dict__'].__name__ if False else '')
