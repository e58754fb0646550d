"""A caching layer with a fake clock: an LRU+TTL cache class on OrderedDict (move_to_end, popitem(last=False)),
hit/miss statistics, a decorator with per-argument keys (kwargs order-independent, unhashable args rejected),
functools.lru_cache/cache with cache_info/cache_clear/cache_parameters and typed=True, weakref.WeakValueDictionary
entries disappearing after del, and __contains__/__len__/__iter__ on the cache."""
import functools
import gc
import weakref
from collections import OrderedDict


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def advance(self, dt):
        self.now += dt


class TTLCache:
    def __init__(self, maxsize, ttl, clock):
        self.maxsize, self.ttl, self.clock = maxsize, ttl, clock
        self._data = OrderedDict()
        self.hits = self.misses = self.evictions = self.expired = 0

    def _purge(self):
        now = self.clock()
        stale = [k for k, (_, exp) in self._data.items() if exp <= now]
        for k in stale:
            del self._data[k]
        self.expired += len(stale)

    def get(self, key, default=None):
        self._purge()
        if key in self._data:
            self._data.move_to_end(key)
            self.hits += 1
            return self._data[key][0]
        self.misses += 1
        return default

    def set(self, key, value, ttl=None):
        self._purge()
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = (value, self.clock() + (ttl if ttl is not None else self.ttl))
        while len(self._data) > self.maxsize:
            old, _ = self._data.popitem(last=False)
            self.evictions += 1

    def __contains__(self, key):
        self._purge()
        return key in self._data

    def __len__(self):
        self._purge()
        return len(self._data)

    def __iter__(self):
        self._purge()
        return iter(list(self._data))

    def stats(self):
        return dict(hits=self.hits, misses=self.misses, evictions=self.evictions, expired=self.expired)

    def memoize(self, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = (fn.__name__, args, tuple(sorted(kwargs.items())))
            try:
                hash(key)
            except TypeError as e:
                raise TypeError(f"cannot cache call with unhashable arguments: {e}") from None
            sentinel = object()
            val = self.get(key, sentinel)
            if val is sentinel:
                val = fn(*args, **kwargs)
                self.set(key, val)
            return val
        return wrapper


clock = Clock()
cache = TTLCache(3, ttl=10, clock=clock)
for k in "abcd":
    cache.set(k, k.upper())
    clock.advance(1)
print(list(cache), cache.get("a"), cache.get("b"), list(cache), cache.stats())
cache.set("short", 1, ttl=2)
clock.advance(1.5)
print("short" in cache, len(cache))
clock.advance(1)
print("short" in cache, list(cache), cache.stats())
clock.advance(10)
print(len(cache), cache.stats())
calls = []


@cache.memoize
def price(item, qty=1, *, discount=0):
    calls.append(item)
    return round(qty * {"apple": 0.5, "pear": 0.75}[item] * (1 - discount), 2)


print(price("apple", 4), price("apple", 4), price("pear", discount=0.1), price("pear", discount=0.1), calls)
print(price.__name__, price.__wrapped__.__name__, cache.stats())
try:
    price(["apple"])
except TypeError as e:
    print("TypeError:", e)


@functools.lru_cache(maxsize=2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info(), fib.cache_parameters())
fib.cache_clear()
print(fib.cache_info(), fib(5), fib.cache_info().misses)


@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize, kind(1) is kind(1))


@functools.cache
def square(x):
    calls.append(("sq", x))
    return x * x


print(square(4), square(4), square(x=4), square.cache_info(), len([c for c in calls if c[0] == "sq"]))
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name})"


pool = weakref.WeakValueDictionary()
r1, r2 = Resource("db"), Resource("fs")
pool["db"], pool["fs"] = r1, r2
print(sorted(pool.keys()), pool.get("db"), len(pool))
del r1
gc.collect()
print(sorted(pool.keys()), pool.get("db", "gone"), "fs" in pool)
ref = weakref.ref(r2)
print(ref() is r2, weakref.ref(r2) is ref)
del r2
gc.collect()
print(ref(), len(pool))
