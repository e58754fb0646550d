# super as a descriptor and through proxies; object.__setattr__ on classes; __new__ returning a subclass;
# data descriptors without __get__; property.__delete__


class autosuper(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        setattr(cls, "_%s__super" % name.lstrip("_"), super(cls))


class A(metaclass=autosuper):
    def meth(self):
        return "A"


class B(A):
    def meth(self):
        return "B" + self.__super.meth()


class C(A):
    def meth(self):
        return "C" + self.__super.meth()


class D(C, B):
    def meth(self):
        return "D" + self.__super.meth()


print(D().meth())
s = super(B)
print(s.__thisclass__.__name__, s.__self__, s.__self_class__)
b = s.__get__(D())
print(b.__self_class__.__name__, b.meth())
print(repr(super(B, D())).replace(__name__ + ".", ""))


class Proxy:
    def __init__(self, obj):
        self.__obj = obj

    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)


class Base:
    def f(self):
        return "Base.f"


class Sub(Base):
    def f(self):
        return super(Sub, self).f() + "->Sub.f"


print(Sub.__dict__["f"](Proxy(Sub())))
for args in ((1, 2), (Sub, 1), (Sub, Base())):
    try:
        super(*args)
    except TypeError as e:
        print("TypeError:", e)

# object.__setattr__ / __delattr__ cannot be applied to a class; type's own can
for op in (lambda: object.__setattr__(str, "foo", 42), lambda: object.__delattr__(str, "lower"),
           lambda: type.__delattr__(str, "lower"), lambda: setattr(int, "x", 1)):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
print("abc".lower())


class Meta(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)


class M2(type):
    def __setattr__(cls, key, value):
        print("M2 sets", key)
        super().__setattr__(key, value)


class K(metaclass=Meta):
    pass


try:
    K.x = 1
except TypeError as e:
    print("TypeError:", e)


class K2(metaclass=M2):
    pass


K2.y = 5
print(K2.y)
type.__setattr__(K2, "z", 6)
del K2.z
print(hasattr(K2, "z"))


# __new__ returning an instance of a subclass: that subclass's __init__ runs
class P:
    def __new__(cls, arg):
        if isinstance(arg, str):
            return [1, 2, 3]
        if isinstance(arg, int):
            return object.__new__(Q)
        return object.__new__(cls)


class Q(P):
    def __init__(self, arg):
        self.foo = arg


print(P("1"), Q("1"), type(P(1)).__name__, P(1).foo, Q(2).foo, Q(None).foo)


# a data descriptor with __set__ and no __get__: the instance dict wins when it has the name
class SetOnly:
    def __init__(self, name):
        self.name = name

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class X:
    a = SetOnly("a")


x = X()
print(type(x.a).__name__)
x.a = 42
print(x.a)


class WithProp:
    def __init__(self):
        self._v = 1

    def _del(self):
        print("deleting")
        del self._v

    v = property(lambda self: self._v, None, _del)


w = WithProp()
WithProp.v.__delete__(w)
print(hasattr(w, "_v"))
