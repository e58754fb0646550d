# LOAD_ATTR of a class attribute through an instance (a bound method, a class constant) at warm sites: an instance
# attribute of that name stored later, by any path, is found first; del brings the class attribute back.


class A:
    SIZE = 10

    def __init__(self, v):
        self.v = v

    def m(self):
        return "A.m(%d)" % self.v


def size(o):
    return o.SIZE


def bound(o):
    return o.m


def warm(objs):
    for _ in range(60):
        for o in objs:
            size(o)
            bound(o)()


objs = [A(i) for i in range(10)]
warm(objs)
print(size(objs[0]), bound(objs[0])())
objs[1].SIZE = 11
print(size(objs[1]), size(objs[2]))
warm(objs)
objs[2].__dict__["m"] = lambda: "instance m"
print(bound(objs[2])(), bound(objs[3])())
setattr(objs[3], "SIZE", 13)
vars(objs[4])["SIZE"] = 14
print([size(o) for o in objs])
del objs[1].SIZE, objs[2].m
print(size(objs[1]), bound(objs[2])())
warm(objs)
objs[5].__dict__ = {"v": 5, "SIZE": 15}
print([size(o) for o in objs])


class B:
    pass


bs = [B(), B()]
B.k = 1
for _ in range(60):
    for b in bs:
        size_b = b.k
bs[0].__class__ = A
print(bs[0].SIZE, bs[1].k)
d = A(20)
d.__dict__["SIZE"] = 20
bs[1].SIZE = 21
bs[1].__class__ = A
print([size(o) for o in (d, bs[1], objs[0])])
try:
    bs[0].m()
except AttributeError as e:
    print("AttributeError:", e)
