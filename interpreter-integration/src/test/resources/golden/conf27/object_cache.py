# an object cache keyed by id, with weak values, finalizers and reference counting helpers for debugging
import gc
import weakref


class Resource:
    instances = 0

    def __init__(self, key):
        self.key = key
        Resource.instances += 1

    def __repr__(self):
        return f"Resource({self.key!r})"


class Cache:
    def __init__(self):
        self._data = weakref.WeakValueDictionary()
        self.log = []

    def get(self, key):
        r = self._data.get(key)
        if r is None:
            r = Resource(key)
            self._data[key] = r
            weakref.finalize(r, self.log.append, f"evicted {key}")
            self.log.append(f"created {key}")
        return r

    def keys(self):
        return sorted(self._data.keys())


cache = Cache()
a = cache.get("a")
b = cache.get("b")
print(cache.keys(), cache.get("a") is a, Resource.instances)
print("weak refs to a:", weakref.getweakrefcount(a))
print("kinds:", sorted(type(r).__name__ for r in weakref.getweakrefs(a)))
extra = weakref.ref(a)
watch = weakref.ref(a, lambda r: cache.log.append("watch callback"))
print("weak refs to a:", weakref.getweakrefcount(a), extra in weakref.getweakrefs(a), watch in weakref.getweakrefs(a))
del watch
print("after del watch:", weakref.getweakrefcount(a))
del a
gc.collect()
print(cache.keys(), extra(), cache.log)
c = cache.get("c")
b2 = cache.get("b")
print(b2 is b, cache.keys(), weakref.getweakrefcount(b))
del b, b2
gc.collect()
print(cache.keys(), cache.log[-1])
p = weakref.proxy(c)
print(p.key, repr(p).startswith("<weakproxy at "), weakref.getweakrefcount(c), weakref.proxy(c) is p)
del c
gc.collect()
try:
    p.key
except ReferenceError as e:
    print("ReferenceError:", e)
print(cache.log)
