# a metaclass's own mro(), __bases__ assignment (checks, failing mro restored), __class__ assignment checks
class A:
    def f(self):
        return "A"


class B(A):
    pass


class C(A):
    def f(self):
        return "C"


class D(B, C):
    pass


class Reverse(type):
    def mro(cls):
        m = type.mro(cls)
        m.reverse()
        return m


class X(D, metaclass=Reverse):
    pass


print([k.__name__ for k in X.__mro__], X().f())
L = type.mro(D)
L.append(1)
print(len(L), D.mro() == [D, B, C, A, object])

for body in ("[self, dict, object]", "[1]", "1"):
    try:
        exec("class M(type):\n    def mro(self):\n        return " + body + "\nclass Y(metaclass=M): pass")
        print("created")
    except TypeError as e:
        print("TypeError:", e)


class WorkOnce(type):
    def __new__(mcls, name, bases, ns):
        mcls.flag = 0
        return super().__new__(mcls, name, bases, ns)

    def mro(cls):
        if cls.flag > 0:
            raise RuntimeError("bozo")
        cls.flag += 1
        return type.mro(cls)


class P:
    pass


class P2:
    pass


class Q(P):
    pass


class R(Q):
    pass


class S(Q, metaclass=WorkOnce):
    pass


before = R.__mro__, Q.__mro__
try:
    Q.__bases__ = (P2,)
except RuntimeError as e:
    print("RuntimeError:", e, (R.__mro__, Q.__mro__) == before, Q.__bases__ == (P,))

for bad in ((type(None),), (object, type(None)), (Q,)):
    try:
        P.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)


class G:
    pass


class H:
    pass


class Sl:
    __slots__ = ("a",)


g = G()
g.a = 1
g.__class__ = H
print(type(g).__name__, g.a)
for obj, cls in ((G(), Sl), (G(), list), (object(), G), ([], G), (G(), 1)):
    try:
        obj.__class__ = cls
        print("allowed")
    except TypeError as e:
        print("TypeError:", e)
try:
    del g.__class__
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad:
        __slots__ = ("foo bar",)
except TypeError as e:
    print("TypeError:", e)
x = None
try:
    x **= 2
except TypeError as e:
    print("TypeError:", e)
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
print(object.__basicsize__ > 0, tuple.__itemsize__ > 0, list.__itemsize__)
import types
m = types.ModuleType.__new__(types.ModuleType)
print(hasattr(m, "__name__"), m.__dict__)
m.foo = 1
print(m.__dict__)
