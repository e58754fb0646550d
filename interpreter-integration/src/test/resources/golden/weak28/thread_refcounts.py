# threads make and drop weak references to shared objects at the same time; counts after the joins are exact
import gc
import threading
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


shared = [Node("n%d" % i) for i in range(3)]
called = []
lock = threading.Lock()


def on_dead(tag):
    def cb(_r):
        with lock:
            called.append(tag)
    return cb


def worker(tid, keep, out):
    mine = []
    for round_ in range(40):
        for j, n in enumerate(shared):
            r = weakref.ref(n, on_dead("t%d-%d" % (tid, j)))
            p = weakref.proxy(n)
            b = weakref.ref(n)
            if round_ % 10 == 0:
                mine.append(r)
            assert r() is n and p.name == n.name and b() is n
            del r, p, b
    out[tid] = mine if keep else []


threads = []
out = [None] * 4
for tid in range(4):
    t = threading.Thread(target=worker, args=(tid, tid % 2 == 0, out))
    threads.append(t)
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print("kept per thread:", [len(x) for x in out])
print("counts:", [weakref.getweakrefcount(n) for n in shared])
print("all callbacks kept:", all(r.__callback__ is not None for x in out for r in x))
out[0] = []
print("after thread 0's refs dropped:", [weakref.getweakrefcount(n) for n in shared])
print("callbacks before any referent died:", called)
del shared[1]
gc.collect()
print("callbacks for n1:", sorted(called))
print("refs of n0 all alive:", all(r() is shared[0] for x in out for r in x[0::3]))
