# Weak references that are really weak: gc.collect() clears references to unreachable objects and runs their
# callbacks; WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, proxy and finalize on top.
import gc
import weakref


def collect(done=None):
    # as test.support.gc_collect(): rounds of gc.collect() (under STM a referent can survive one round, see gc's
    # docs; under load a callback can come a round late), here until the outcome the caller expects is there or
    # after five rounds (then the output shows what was missing): three full rounds per call were most of this
    # program's time, and under load over the suite's limit
    for _ in range(3 if done is None else 5):
        gc.collect()
        if done is not None and done():
            return


class Node:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def __repr__(self):
        return "Node(%d)" % self.n


o = Node(1)
r = weakref.ref(o)
print(r() is o, r.__callback__, weakref.ref is weakref.ReferenceType, isinstance(r, weakref.ref))
log = []
r2 = weakref.ref(o, lambda w: log.append(w is r2))
print(r2.__callback__ is not None, hash(r) == hash(o), r == weakref.ref(o), r != r2)
del o
collect(lambda: r() is None and r2() is None and log)
print("after collect:", r(), r2(), log, r2.__callback__)
print("dead refs equal only to themselves:", r == r2, r == r)

d = weakref.WeakValueDictionary()
nodes = [Node(i) for i in range(6)]
for x in nodes:
    d[x.n] = x
print(len(d), sorted(d.keys()))
del nodes[1:4], x
collect(lambda: len(d) == 3)
print(len(d), sorted(d.keys()), sorted(v.n for v in d.values()))

wk = weakref.WeakKeyDictionary()
k1, k2, k3 = Node(1), Node(2), Node(3)
wk[k1] = "one"
wk[k2] = "two"
wk[k3] = "three"
del k2
collect(lambda: len(wk) == 2)
print(len(wk), sorted(wk.values()), k1 in wk)

ws = weakref.WeakSet()
a, b, c = Node(7), Node(8), Node(9)
for x in (a, b, c):
    ws.add(x)
del a, c, x
collect(lambda: len(ws) == 1)
print(len(ws), [y.n for y in ws])

o = Node(42)
wm = weakref.WeakMethod(o.get)
print("WeakMethod", wm()(), wm == weakref.WeakMethod(o.get))
p = weakref.proxy(o)
print("proxy", p.n, p.get(), repr(p).startswith("<weakproxy"))
fired = []
fin = weakref.finalize(o, fired.append, "finalized 42")
print("finalize alive", fin.alive)
del o
collect(lambda: wm() is None and fired and not fin.alive)
print("WeakMethod dead", wm())
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
print("finalize", fired, fin.alive)

for bad in (1, "s", (1, 2), [1], {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
sw = SlottedWeak()
print("slots with __weakref__", weakref.ref(sw)() is sw)


class KeyedRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


o = Node(5)
seen = []
kr = KeyedRef(o, lambda w: seen.append(w.key), "five")
print("KeyedRef", kr() is o, kr.key, isinstance(kr, weakref.ref))
del o
collect(lambda: kr() is None and seen)
print("KeyedRef callback", seen, kr())
# a reference that dies before its referent never runs its callback
o = Node(6)
calls = []
tmp = weakref.ref(o, calls.append)
del tmp
collect()
del o
collect()
print("dead ref's callback not run", calls)
print(gc.isenabled(), gc.collect() >= 0)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold()[0] > 0)
