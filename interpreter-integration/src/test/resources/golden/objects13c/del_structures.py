# __del__ on structures: nesting order, cycles, built-in subclasses, __class__ and __dict__ assignment
import gc


def collect():
    for _ in range(2):
        gc.collect()


log = []


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)


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
