# object-model details CPython 3.11 has: classmethod __new__, subclasses of super, unary plus of value subclasses,
# three-argument pow through __pow__, read-only member descriptors, slot descriptors checking their class
import abc


class C:
    @classmethod
    def __new__(*args):
        return args


class D(C):
    pass


class S:
    @staticmethod
    def __new__(*args):
        return args


print(C(1, 2) == (C, C, 1, 2), D(1, 2) == (D, D, 1, 2), S(1) == (S, 1))


class A:
    def meth(self, a):
        return "A(%r)" % a


class B(A):
    def meth(self, a):
        return "B(%r)" % a + super(B, self).meth(a)


class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)


class E(B):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)


class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)


F._F__super = mysuper(F)
print(E().meth(5), F().meth(6), type(mysuper(F)).__name__, isinstance(mysuper(F), super))


class hexint(int):
    def __repr__(self):
        return hex(self)


class myfloat(float):
    pass


class mycomplex(complex):
    pass


a = hexint(12345)
print(type(+a).__name__, type(a.real).__name__, type(a.numerator).__name__, type(+myfloat(1.5)).__name__,
      type(myfloat(1.5).real).__name__, type(+mycomplex(1j)).__name__, +a, a.real)


class I(int):
    def __repr__(self):
        return "I(%r)" % int(self)

    def __pow__(self, other, mod=None):
        if mod is None:
            return I(pow(int(self), int(other)))
        return I(pow(int(self), int(other), int(mod)))

    def __rpow__(self, other, mod=None):
        if mod is None:
            return I(pow(int(other), int(self)))
        return I(pow(int(other), int(self), int(mod)))


print(repr(pow(I(2), I(3), I(5))), repr(pow(2, I(3), 5)), repr(pow(I(2), 3)), pow(3, -1, 7))
for bad in [(2.0, 3, 5), ("a", 1, 2)]:
    try:
        pow(*bad)
    except TypeError as e:
        print("TypeError", e)

p = property(lambda s: 1)
print("fget" in dir(p), "fset" in dir(property), type(property.__dict__["fget"]).__name__)
for attr in "fget", "fset", "fdel":
    try:
        setattr(p, attr, 42)
    except AttributeError as e:
        print("AttributeError", e)
print(complex.real.__qualname__, float.real.__name__, int.numerator.__objclass__, (3).real, (1 + 2j).imag,
      (2.5).real)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError", e)


class MyABC(metaclass=abc.ABCMeta):
    __slots__ = "a"


class Unrelated:
    pass


MyABC.register(Unrelated)
u = Unrelated()
print(isinstance(u, MyABC), repr(MyABC.a), type(MyABC.a).__name__, MyABC.a.__name__)
try:
    MyABC.a.__set__(u, 3)
except TypeError as e:
    print("TypeError", e)
m = MyABC()
MyABC.a.__set__(m, 5)
print(MyABC.a.__get__(m), m.a)


class octlong(int):
    __slots__ = []


print(type(abs(octlong(0))).__name__, type(abs(octlong(-3))).__name__, abs(octlong(-3)), type(abs(True)).__name__)
