# __del__: run after the object becomes garbage (here at gc.collect()), once, on the object itself
import gc


def collect():
    for _ in range(3):
        gc.collect()


log = []


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)


c = C(1)
del c
collect()
print("plain:", log)


def make():
    C(2)
    C(3)


make()
collect()
print("temporaries:", sorted(log))


class Resurrect:
    box = []

    def __del__(self):
        Resurrect.box.append(self)
        log.append("resurrected")


r = Resurrect()
r.attr = 42
del r
collect()
print("resurrected:", len(Resurrect.box), Resurrect.box[0].attr)
del Resurrect.box[:]
collect()
print("runs once:", log.count("resurrected"))


class Gone:
    def __del__(self):
        log.append("gone")


g = Gone()
del Gone.__del__
del g
collect()
print("deleted __del__ does not run:", "gone" in log)

# a nested structure dies outer first, as under reference counting
order = []


class Node:
    def __init__(self, i, inner):
        self.i = i
        self.inner = inner

    def __del__(self):
        order.append(self.i)


n = None
for i in range(20):
    n = Node(i, n)
del n
collect()
print("nested:", order)

# a cycle is collected, and each finaliser sees the other object intact
cyc = []


class Cyc:
    def __del__(self):
        cyc.append(self.other.name)


a, b = Cyc(), Cyc()
a.name, b.name = "a", "b"
a.other, b.other = b, a
del a, b
collect()
print("cycle:", sorted(cyc))

# built-in containers' subclasses
seen = []
for base in (list, dict, set, tuple):
    class Sub(base):
        def __del__(self):
            seen.append(type(self).__mro__[1].__name__)
    s = Sub()
    del s
collect()
print("subclasses:", sorted(seen))

# __class__ assignment to a class with __del__ arms the object
class Plain:
    pass


class WithDel:
    def __del__(self):
        log.append("assigned")


p = Plain()
p.__class__ = WithDel
del p
collect()
print("class assignment:", log.count("assigned"))

# __dict__ assignment keeps the finaliser
k = C("kept")
k.__dict__ = {"n": "replaced"}
del k
collect()
print("dict assignment:", "replaced" in log)
