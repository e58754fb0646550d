# weakref.getweakrefcount / getweakrefs as a cache or a registry uses them, with proxies, WeakMethod, finalize
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello from " + self.name

    def __repr__(self):
        return "Node(%r)" % self.name


def kinds(obj):
    out = []
    for r in weakref.getweakrefs(obj):
        if isinstance(r, weakref.ProxyType):
            out.append("proxy")
        elif isinstance(r, weakref.CallableProxyType):
            out.append("callable-proxy")
        elif type(r) is weakref.ref:
            out.append("ref" + ("+cb" if r.__callback__ is not None else ""))
        else:
            out.append(type(r).__name__)
    return out


# (each count runs a full collection in stmpy, so this program counts a dozen times, not more)
n = Node("a")
print("fresh:", weakref.getweakrefcount(n), weakref.getweakrefs(n))
r1 = weakref.ref(n)
print("same ref again:", weakref.ref(n) is r1, weakref.getweakrefs(n) == [r1])
r2 = weakref.ref(n, lambda r: print("callback r2"))
p = weakref.proxy(n)
print("same proxy again:", weakref.proxy(n) is p, p.greet())
r3 = weakref.ref(n, lambda r: None)
refs = weakref.getweakrefs(n)
print("order:", [x is r1 for x in refs], [x is p for x in refs], [x is r3 for x in refs], [x is r2 for x in refs])
del refs, r2, p
weakref.ref(n, print)
print("after del r2 and the proxy, one dropped at once:", weakref.getweakrefcount(n), kinds(n))

# the containers of the weakref module hold one reference each
ws = weakref.WeakSet([n])
wk = weakref.WeakKeyDictionary({n: 1})
wv = weakref.WeakValueDictionary({"k": n})
print("with containers:", kinds(n))
del ws, wk, wv


class Tagged(weakref.ref):
    def __new__(cls, ob, tag):
        return super().__new__(cls, ob)

    def __init__(self, ob, tag):
        super().__init__(ob)
        self.tag = tag


t = Tagged(n, "x")
print("containers gone, subclass:", kinds(n), t.tag)

# bound methods: WeakMethod keeps a reference to the instance and one to the function
wm = weakref.WeakMethod(n.greet)
fin = weakref.finalize(n, print, "finalized", "a")
print("weakmethod, finalize:", wm()(), fin.alive, weakref.getweakrefcount(n))
cp = weakref.proxy(Node.greet)
print("callable proxy:", kinds(Node.greet), cp(n))

for bad in (1, "s", (1,), [1], None):
    print(type(bad).__name__, weakref.getweakrefcount(bad), weakref.getweakrefs(bad))
    try:
        weakref.proxy(bad)
    except TypeError as e:
        print("  ", e)
for call in (lambda: weakref.getweakrefcount(), lambda: weakref.getweakrefs(1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)

del n, t
gc.collect()
print("dead:", r1(), wm(), fin.alive)
