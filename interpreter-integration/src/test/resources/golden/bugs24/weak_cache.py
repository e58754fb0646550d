"""A memoising image cache on weak references: __slots__ classes with __weakref__, WeakValueDictionary and
WeakKeyDictionary, weakref.ref callbacks, finalize with atexit semantics, WeakSet, WeakMethod, proxies and
their ReferenceError; collection made deterministic with del and gc.collect()."""
import gc
import weakref


class Image:
    __slots__ = ("name", "size", "__weakref__")
    loads = 0

    def __init__(self, name, size):
        self.name, self.size = name, size
        Image.loads += 1

    def __repr__(self):
        return f"Image({self.name!r})"

    def scale(self, k):
        return self.size * k


class NoWeak:
    __slots__ = ("x",)


cache = weakref.WeakValueDictionary()


def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name, len(name) * 10)
        cache[name] = img
    return img


a = load("logo")
b = load("logo")
c = load("banner")
print(a is b, Image.loads, sorted(cache.keys()), len(cache))
del a, b
gc.collect()
print(sorted(cache.keys()), "logo" in cache, Image.loads)
load("logo")
gc.collect()
print(sorted(cache), Image.loads)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
try:
    NoWeak().y = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Image("t", 1), "__dict__"), Image.__slots__, type(Image.name).__name__)

events = []
tmp = Image("tmp", 1)
r = weakref.ref(tmp, lambda ref: events.append(("dead", ref() is None)))
print(r() is tmp, r.__callback__ is not None)
fin = weakref.finalize(tmp, events.append, "finalized tmp")
print(fin.alive, fin.atexit)
del tmp
gc.collect()
print(events, fin.alive, r())
f2 = weakref.finalize(c, lambda: events.append("c final"))
print(f2(), f2(), f2.alive, events[-1])
det = weakref.finalize(c, events.append, "never")
print(det.detach()[2], det.alive)

meta = weakref.WeakKeyDictionary()
k1, k2 = Image("k1", 1), Image("k2", 2)
meta[k1] = "first"
meta[k2] = "second"
print(len(meta), meta[k1], k2 in meta)
del k1
gc.collect()
print(len(meta), [v for v in meta.values()])

ws = weakref.WeakSet()
items = [Image(f"s{i}", i) for i in range(4)]
for it in items:
    ws.add(it)
print(len(ws))
del items[1:3]
gc.collect()
print(len(ws), sorted(i.name for i in ws))


class Handler:
    def __init__(self, n):
        self.n = n

    def run(self, x):
        return self.n + x


h = Handler(5)
wm = weakref.WeakMethod(h.run)
print(wm()(1), type(wm).__name__)
del h
gc.collect()
print(wm())

target = Image("proxy", 3)
p = weakref.proxy(target)
print(p.name, p.scale(2), repr(p.size), type(p).__name__ in ("weakproxy", "ProxyType"))
del target
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(r1 is r2, r1 == r2, hash(r1) == hash(c))
