# Instance-dict edge cases at shared attribute sites (objs17; for split keys / shared layouts of instance dicts):
# the same LOAD_ATTR/STORE_ATTR sites (inline caches) run on instances whose dicts have the same keys in other
# orders, deletions, extra or odd keys, a replaced __class__, __dict__ changed directly, copies, pickles, weakrefs
# and finalizers, and from threads; every read must see the right value.
import copy
import pickle
import weakref


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, x, y):
        self.y = y
        self.x = x


def total(objs):
    s = 0
    for o in objs:
        s += o.x * 10 + o.y
    return s


def bump(objs):
    for o in objs:
        o.x = o.x + 1


ps = [P(i, i + 1) for i in range(5)]
print("plain", total(ps))
bump(ps)
print("bumped", total(ps), [p.x for p in ps])

# other key orders at the same sites (the y-first layout)
qs = [Q(i, 2 * i) for i in range(5)]
mixed = ps + qs
print("mixed", total(mixed))
bump(mixed)
print("mixed bumped", total(mixed), [o.x for o in mixed])

# a deletion, then the key again (at a new position)
a = P(1, 2)
del a.x
try:
    print(a.x)
except AttributeError as e:
    print("deleted:", e)
a.x = 7
print("readded", a.x, a.y, list(vars(a)))
print("after delete", total([a] + ps))
bump([a])
print(a.x, a.__dict__)

# extra keys beyond the usual ones, odd names through setattr, a non-str key in __dict__
b = P(3, 4)
for i in range(60):
    setattr(b, "k%d" % i, i)
setattr(b, "not an identifier", 5)
setattr(b, "", 6)
print("many", total([b]), b.k59, getattr(b, "not an identifier"), getattr(b, ""), len(vars(b)))
bump([b])
print(b.x, b.y)
c = P(5, 6)
c.__dict__[1] = "one"
c.__dict__["z"] = 9
print("nonstr", total([c]), c.z, sorted(k for k in c.__dict__ if isinstance(k, str)))
bump([c])
print(c.x, c.__dict__[1])


class S(str):
    pass


d = P(8, 9)
d.__dict__[S("w")] = 10
print("str subclass key", d.w, total([d]))

# __dict__ edits: clear, update, pop, setdefault
e = P(1, 1)
e.__dict__.clear()
print("cleared", hasattr(e, "x"), vars(e))
e.__dict__.update(y=3, x=2)
print("updated", total([e]), list(vars(e)))
e.__dict__.pop("y")
e.y = 4
print("popped", total([e]), list(vars(e)))
print(e.__dict__.setdefault("x", 99), e.__dict__.setdefault("t", 11), e.t)


# __class__ assignment keeps the values
class R:
    def __init__(self):
        self.x = 100
        self.y = 200

    def show(self):
        return "R(%d, %d)" % (self.x, self.y)


f = P(1, 2)
f.__class__ = R
print("class changed", f.show(), total([f]))
bump([f])
print(f.show())
g = R()
g.__class__ = P
print(total([g] + ps))

# copies and pickles
h = P(4, 5)
h2 = copy.copy(h)
h3 = copy.deepcopy(h)
h2.x = 40
print("copies", h.x, h2.x, h3.x, total([h, h2, h3]))
h4 = pickle.loads(pickle.dumps(h))
print("pickled", h4.x, h4.y, type(h4).__name__, total([h4]))
bump([h4])
print(h4.x, h.x)


# weakrefs and finalizers
class W:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __del__(self):
        pass


ws = [W(i, i) for i in range(3)]
refs = [weakref.ref(w) for w in ws]
print("weak", total([r() for r in refs]))
ds = [D(i, 1) for i in range(3)]
bump(ds)
print("del", total(ds))


# a class attribute shadowed by an instance attribute later, and a property
class K:
    x = 1
    y = 2


k1, k2 = K(), K()
print("class attrs", total([k1, k2]))
k2.x = 30
print("shadowed", total([k1, k2]))
del k2.x
print("unshadowed", total([k1, k2]))


class Prop:
    def __init__(self):
        self._x = 3
        self.y = 4

    @property
    def x(self):
        return self._x * 2

    @x.setter
    def x(self, v):
        self._x = v


pr = Prop()
print("property", total([pr]))
bump([pr])
print(pr._x, total([pr] + ps))


# many classes with the same names: one site, many layouts
def mk(n):
    ns = {}
    exec("class C%d:\n    def __init__(self):\n        self.a%d = 1\n        self.x = %d\n        self.y = 1\n" % (n, n, n),
         ns)
    return ns["C%d" % n]()


many = [mk(n) for n in range(40)]
print("many classes", total(many))
bump(many)
print(total(many))


# threads that make instances with the same and with different key sequences at once
import threading

results = [0] * 4


def worker(t):
    objs = []
    for i in range(200):
        o = P(i, t)
        if i % 3 == 0:
            setattr(o, "t%d_%d" % (t, i % 7), i)
        if i % 5 == 0:
            del o.y
            o.y = t
        objs.append(o)
    bump(objs)
    results[t] = total(objs)


ths = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print("threads", results)

# __dict__ assigned whole
m = P(1, 2)
m.__dict__ = {"y": 5, "x": 6}
print("dict assigned", total([m]), list(vars(m)))
bump([m])
print(m.x, total([m] + ps))
