"""__slots__ layouts of 0 to 9 names (values in fields up to 4, past that elsewhere), at warm cache sites:
loads, stores, deletes, unset slots, subclasses adding slots, __class__ assignment between classes with the
same slots in another order, a slot descriptor stored into an unrelated class, threads storing into slots."""
import threading


def make(n):
    names = tuple("a%d" % i for i in range(n))
    return type("S%d" % n, (), {"__slots__": names})


def fill_and_read(cls, n, rounds):
    total = 0
    for r in range(rounds):
        o = cls()
        for i in range(n):
            setattr(o, "a%d" % i, i * 10 + r)
        for i in range(n):
            total += getattr(o, "a%d" % i)
    return total


for n in range(0, 10):
    cls = make(n)
    print(n, fill_and_read(cls, n, 50))


class Wide:
    __slots__ = ("p", "q", "r", "s", "t", "u", "v")

    def __init__(self, k):
        self.p = k
        self.q = k + 1
        self.r = k + 2
        self.s = k + 3
        self.t = k + 4
        self.u = k + 5
        self.v = k + 6

    def total(self):
        return self.p + self.q + self.r + self.s + self.t + self.u + self.v


acc = 0
for k in range(300):
    w = Wide(k)
    acc += w.total()
    w.u = -w.u
    w.p = -w.p
    acc += w.total()
print("wide", acc)


def read_at_site(o, name):
    try:
        return getattr(o, name)
    except AttributeError as e:
        return "AttributeError: %s" % e


def read_v(o):
    try:
        return o.v
    except AttributeError as e:
        return "AttributeError: %s" % e


def read_q(o):
    try:
        return o.q
    except AttributeError as e:
        return "AttributeError: %s" % e


# unset and deleted slots, at warm sites, in the fields and past them
w = Wide(1)
for i in range(200):
    read_v(w)
    read_q(w)
del w.v
del w.q
print(read_v(w), read_q(w))
try:
    del w.v
except AttributeError as e:
    print("del again:", e)
w.v = 70
w.q = 20
print(read_v(w), read_q(w), w.total())
e = Wide.__new__(Wide)
print(read_v(e), read_q(e))


class Base:
    __slots__ = ("a", "b")


class Derived(Base):
    __slots__ = ("c", "d", "e", "f")


class Loose(Derived):
    pass


def sum6(o):
    return o.a + o.b + o.c + o.d + o.e + o.f


for cls in (Derived, Loose):
    s = 0
    for k in range(200):
        o = cls()
        o.a, o.b, o.c, o.d, o.e, o.f = k, 2 * k, 3 * k, 4 * k, 5 * k, 6 * k
        s += sum6(o)
    print(cls.__name__, s)
lo = Loose()
lo.a = lo.b = lo.c = lo.d = lo.e = lo.f = 1
lo.extra = 5
print(sorted(vars(lo)), sum6(lo), lo.extra)


# __class__ assignment: the same slot names declared in another order
class P1:
    __slots__ = ("x", "y", "z", "w", "k", "m")


class P2:
    __slots__ = ("m", "k", "w", "z", "y", "x")


def show(o):
    return [getattr(o, n, None) for n in ("x", "y", "z", "w", "k", "m")]


o = P1()
o.x, o.y, o.z, o.w, o.k = 1, 2, 3, 4, 5
for i in range(100):
    show(o)
print(show(o))
o.__class__ = P2
print(type(o).__name__, show(o))
o.m = 6
o.__class__ = P1
print(type(o).__name__, show(o))


class Other:
    __slots__ = ("x", "y", "z", "w", "k")
try:
    o.__class__ = Other
except TypeError as e:
    print("TypeError:", e)


# a slot descriptor of one class stored into an unrelated class
class Plain:
    pass


class Slotted:
    __slots__ = ("a0", "a1", "a2", "a3", "a4", "a5")


Plain.a5 = Slotted.__dict__["a5"]
Plain.a1 = Slotted.__dict__["a1"]
pl = Plain()
for i in range(3):
    for name in ("a1", "a5"):
        try:
            setattr(pl, name, i)
            print("stored", name)
        except TypeError as e:
            print("TypeError:", e)
        try:
            print(read_at_site(pl, name))
        except TypeError as e:
            print("TypeError:", e)


def load_a5(o):
    return o.a5


sl = Slotted()
sl.a5 = 55
for i in range(100):
    load_a5(sl)
for o in (sl, pl):
    try:
        print(load_a5(o))
    except TypeError as e:
        print("TypeError:", e)


# threads storing into disjoint and shared slots of instances with values in fields and past them
class Counter:
    __slots__ = ("c0", "c1", "c2", "c3", "c4", "c5")

    def __init__(self):
        self.c0 = self.c1 = self.c2 = self.c3 = self.c4 = self.c5 = 0


ctr = Counter()
lock = threading.Lock()


def work(idx):
    name = "c%d" % idx
    for _ in range(2000):
        setattr(ctr, name, getattr(ctr, name) + 1)
        with lock:
            ctr.c5 += 1


threads = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([ctr.c0, ctr.c1, ctr.c2, ctr.c3, ctr.c4, ctr.c5])
