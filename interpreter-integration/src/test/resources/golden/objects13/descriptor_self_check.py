# unbound method descriptors check their first argument's class; isinstance reads a proxy's __class__
class FakeStr:
    __class__ = str


fake = FakeStr()
print(isinstance(fake, str), isinstance(fake, FakeStr), isinstance(fake, int))
for f in (lambda: str.split(fake), lambda: str.__add__(fake, "abc"), lambda: list.sort(FakeStr()),
          lambda: dict.get(1, 2), lambda: list.append((), 1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__


a = A()
for f in (lambda: a == a, lambda: a + a):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class Proxy:
    def __init__(self, obj):
        self.__obj = obj

    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)


class C:
    pass


class D(C):
    pass


print(isinstance(Proxy(C()), C), isinstance(Proxy(D()), C), isinstance(Proxy(C()), D), isinstance(Proxy(1), Proxy))
# a subclass instance and bool still pass
print(list.__len__([1, 2]), int.__add__(True, 1), dict.get({1: 2}, 1), str.upper(type("S", (str,), {})("x")))
