# The class body runs in __prepare__'s namespace; subclasses of classmethod/staticmethod/property; format(x, '')
# of int/float/str subclasses shows their __str__ (branch std13b)
import abc


class LoggingDict(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)

    def __delitem__(self, k):
        self.log.append("del " + k)
        super().__delitem__(k)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingDict()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.log = ns.log
        return cls


class A(metaclass=Meta):
    x = 1
    x = 2
    y = x + 1
    del y


print(A.log, A.x, hasattr(A, "y"))


class Strict(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError("duplicate " + k)
        super().__setitem__(k, v)


class SM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Strict()


try:
    class B(metaclass=SM):
        a = 1
        a = 2
except TypeError as e:
    print(e)


@abc.abstractclassmethod
def f(cls):
    pass


print(type(f).__name__, f.__isabstractmethod__)


class MyProp(property):
    def extra(self):
        return "extra"


class MyStatic(staticmethod):
    pass


class C:
    p = MyProp(lambda self: 42)
    s = MyStatic(lambda: "static")


print(type(C.__dict__["p"]).__name__, C().p, C.__dict__["p"].extra(), C.s(), type(C.__dict__["s"]).__name__)
cm = classmethod(len)
cm.tag = 1
print(cm.__dict__["tag"], cm.tag)


class Named(int):
    def __str__(self):
        return "NAMED"


class FName(float):
    def __str__(self):
        return "FNAME"


class SName(str):
    def __str__(self):
        return "SNAME"


print(format(Named(3)), format(Named(3), "d"), f"{Named(3)}", format(FName(1.5)), format(FName(1.5), ".2f"),
      format(SName("s")), format(SName("s"), ">3"), format(True), format(True, "d"))
