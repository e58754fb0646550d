# Type version tags through LOAD_METHOD and class attribute loads: changes to a class deep in the MRO, multiple
# inheritance, classes created in a loop, and dunder changes on a base.


class A:
    def f(self):
        return "A.f"


class B(A):
    pass


class C(A):
    def f(self):
        return "C.f"


class D(B, C):
    pass


def call_f(o):
    return o.f()


d = D()
for _ in range(50):
    call_f(d)
print("D.f via C:", call_f(d))
B.f = lambda self: "B.f"
print("B.f added:", call_f(d))
del B.f
del C.f
print("both removed:", call_f(d))
A.f = lambda self: "A.f2"
print("A.f replaced:", call_f(d))


# many classes through one site (the site stops caching; answers stay right)
def make(i):
    class K:
        def f(self):
            return i
    return K()


print("many classes:", sum(call_f(make(i)) for i in range(100)))


# dunder on a base changes operators of instances of subclasses
class V:
    def __init__(self, v):
        self.v = v


class W(V):
    pass


w = W(3)
try:
    print(w + w)
except TypeError as e:
    print("no __add__:", e)
V.__add__ = lambda self, o: W(self.v + o.v)
print("__add__ on base:", (w + w).v)


# class attributes read through the class and through instances, rebound many times
class Cfg:
    level = 0


def level_of(o):
    return o.level


cfg = Cfg()
seen = []
for i in range(30):
    Cfg.level = i
    seen.append(level_of(cfg))
print("rebinding seen:", seen[-3:], Cfg.level)


# staticmethod and classmethod through instance loads
class M:
    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def c(cls, x):
        return cls.__name__ + str(x)


m = M()
print("static/class methods:", [m.s(i) for i in range(3)], [m.c(i) for i in range(2)])
g = m.s
print("loaded staticmethod:", g(21))
M.s = staticmethod(lambda x: -x)
print("staticmethod replaced:", m.s(4))
