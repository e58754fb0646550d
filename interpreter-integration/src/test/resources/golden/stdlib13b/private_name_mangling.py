# Private name mangling inside class bodies (branch std13b)
class A:
    __x = 1
    __y__ = 2
    _z = 3

    def __f(self, __p=5):
        return self.__x + __p

    def g(self):
        return self.__f(), [self.__x for _ in range(2)], (lambda: self.__x)()

    class __Inner:
        __v = 7

        def get(self):
            return self.__v

    def inner(self):
        return self.__Inner().get(), self.__Inner.__name__, self.__Inner.__qualname__

    def h(self, **__kw):
        return sorted(__kw)

    def glob(self):
        global __gname
        __gname = 9
        return __gname


a = A()
print(sorted(k for k in A.__dict__ if not k.startswith("__") or k == "__y__"))
print(a.g(), a.inner(), A._A__f.__name__, A._A__f.__qualname__)
print(a.h(p=1, __q=2))
print(a.glob(), "_A__gname" in globals())
try:
    a.__x
except AttributeError as e:
    print("AttributeError", e)


class ___:
    __n = 1


print("__n" in ___.__dict__)


class _Under:
    __n = 1


print(list(k for k in _Under.__dict__ if "n" in k and not k.endswith("__")))


def outside():
    __local = 4
    return __local


print(outside())
import types
class B:
    def m(self):
        try:
            raise ValueError("v")
        except ValueError as __e:
            return type(__e).__name__
print(B().m())
