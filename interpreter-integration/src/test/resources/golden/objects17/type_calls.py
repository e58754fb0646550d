# Calls of built-in types with one argument (int, float, str, tuple, range, bool, list) and class instantiation:
# every kind of argument the fast paths see or hand on, subclasses overriding __new__/__init__, metaclasses with
# __call__, __init_subclass__, and abstract classes whose __abstractmethods__ is added, changed and removed.
import abc


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "raises", type(e).__name__, e)


class WithInt:
    def __int__(self):
        return 7


class WithIndex:
    def __index__(self):
        return 5


class WithFloat:
    def __float__(self):
        return 2.5


class WithStr:
    def __str__(self):
        return "with-str"

    def __repr__(self):
        return "with-repr"


class BadStr:
    def __str__(self):
        return 3


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyStr(str):
    pass


for label, x in [("float", 3.9), ("negfloat", -3.9), ("hugefloat", 1e30), ("nan", float("nan")),
                 ("inf", float("inf")), ("int", 12), ("bigint", 10 ** 30), ("bool", True), ("str", "42"),
                 ("badstr", "4x"), ("bytes", b"17"), ("withint", WithInt()), ("withindex", WithIndex()),
                 ("myint", MyInt(9)), ("myfloat", MyFloat(1.5)), ("none", None), ("list", [1])]:
    show("int(%s)" % label, lambda: int(x))
for label, x in [("float", 3.25), ("int", 12), ("bigint", 10 ** 30), ("hugeint", 10 ** 400), ("bool", False),
                 ("str", " 1.5 "), ("badstr", "x"), ("withfloat", WithFloat()), ("withindex", WithIndex()),
                 ("myint", MyInt(9)), ("myfloat", MyFloat(1.5)), ("none", None)]:
    show("float(%s)" % label, lambda: float(x))
for label, x in [("str", "abc"), ("int", -12), ("bigint", 10 ** 25), ("float", 0.1), ("none", None),
                 ("tuple", (1, "a")), ("withstr", WithStr()), ("badstr", BadStr()), ("mystr", MyStr("q")),
                 ("bytes", b"x")]:
    show("str(%s)" % label, lambda: str(x))
t = (1, 2)
print("tuple(t) is t", tuple(t) is t)
for label, x in [("list", [1, 2]), ("str", "ab"), ("range", range(3)), ("gen", (i * i for i in range(3))),
                 ("int", 5), ("dict", {"a": 1})]:
    show("tuple(%s)" % label, lambda: tuple(x))
for label, x in [("int", 4), ("zero", 0), ("neg", -2), ("big", 10 ** 20), ("bool", True), ("index", WithIndex()),
                 ("float", 1.0), ("str", "3")]:
    show("range(%s)" % label, lambda: range(x)[:3])
for label, x in [("zero", 0), ("one", 1), ("empty", ""), ("list", [0]), ("none", None), ("float", 0.0)]:
    show("bool(%s)" % label, lambda: bool(x))
show("list(str)", lambda: list("abc"))
show("list(int)", lambda: list(3))


class LoudInt(int):
    def __new__(cls, v):
        print("LoudInt.__new__", v)
        return super().__new__(cls, v * 2)

    def __init__(self, v):
        print("LoudInt.__init__", v)


class InitFloat(float):
    def __init__(self, v):
        print("InitFloat.__init__", v)
        self.tag = "t"


class UpperStr(str):
    def __new__(cls, v):
        return super().__new__(cls, str(v).upper())


class ReturnsOther:
    def __new__(cls, v):
        return int(v)

    def __init__(self, v):
        print("never runs")


r = LoudInt(4)
print(type(r).__name__, r)
r = InitFloat(2)
print(type(r).__name__, r, r.tag)
r = UpperStr("abc")
print(type(r).__name__, r)
r = ReturnsOther(3.5)
print(type(r).__name__, r)
print(int(MyInt(3)) + 1, type(int(MyInt(3))).__name__, type(float(MyFloat(2.0))).__name__,
      type(str(MyStr("s"))).__name__)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


w = WithMeta(5)
print(w.x)


class Base:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append((cls.__name__, tag))


class Child(Base, tag="c"):
    def __init__(self, v):
        self.v = v


class Grandchild(Child):
    pass


print(Base.subclasses, Child(1).v, Grandchild(2).v)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


show("Shape()", lambda: Shape())
print(Square(3).area())


class Plain:
    def __init__(self, v):
        self.v = v


for i in range(3):
    print(Plain(i).v)
Plain.__abstractmethods__ = frozenset({"f"})
show("Plain after __abstractmethods__", lambda: Plain(1))
Plain.__abstractmethods__ = frozenset()
show("Plain emptied", lambda: Plain(2).v)
Plain.__abstractmethods__ = frozenset({"g", "h"})
show("Plain refilled", lambda: Plain(3))
del Plain.__abstractmethods__
show("Plain deleted", lambda: Plain(4).v)


class Sub(Plain):
    pass


Sub.__abstractmethods__ = frozenset({"k"})
show("Sub", lambda: Sub(5))
show("Plain still", lambda: Plain(6).v)


class Later(abc.ABC):
    def f(self):
        return 1


print(Later().f())
Later.f = abc.abstractmethod(lambda self: 2)
abc.update_abstractmethods(Later)
show("Later after update", lambda: Later())
total = 0
for i in range(2000):
    total += int(i * 0.5) + int(float(i)) + len(str(i)) + len(tuple((i, i))) + len(range(i % 7)) + bool(i)
print(total)
