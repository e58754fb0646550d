# Abstract classes refused at instantiation, abstract properties/classmethods/staticmethods, __slots__ on
# subclasses of built-in types, types.MethodType, hasattr on unset slots.
import abc
import types


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    @classmethod
    @abc.abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def unit():
        ...


print(sorted(Shape.__abstractmethods__))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1

    @property
    def name(self):
        return "half"


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class WithNew(Shape):
    def __new__(cls, *args):
        return super().__new__(cls)


try:
    WithNew()
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def unit():
        return "m"


s = Square.make()
print(s.area(), s.name, s.unit(), Square.__abstractmethods__ == frozenset())


class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self):
        ...


class ListWithAbstract(list, Meta):
    pass


print("list subclass with abstract methods instantiates:", ListWithAbstract([1, 2]))
print(property(abc.abstractmethod(lambda s: 1)).__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)


class SlotList(list):
    __slots__ = ("a", "b")


sl = SlotList([1, 2, 3])
sl.a = "A"
print(sl, sl.a, hasattr(sl, "b"), len(sl))
try:
    sl.b
except AttributeError as e:
    print("AttributeError:", e)
del sl.a
print(hasattr(sl, "a"))


class SlotDict(dict):
    __slots__ = ["tag"]


sd = SlotDict(x=1)
sd.tag = "t"
print(sd, sd.tag)


class SlotStr(str):
    __slots__ = ()


print(SlotStr("ab") + "c", type(SlotStr("x")).__name__)


class SlotExc(Exception):
    __slots__ = ("code",)


try:
    e = SlotExc("boom")
    e.code = 3
    raise e
except SlotExc as caught:
    print("SlotExc", caught, caught.code)


class Plain:
    __slots__ = ("x", "y")


pl = Plain()
pl.x = 1
print(hasattr(pl, "x"), hasattr(pl, "y"))


class Greeter:
    def __init__(self, who):
        self.who = who

    def hello(self, greeting):
        return greeting + ", " + self.who


g = Greeter("world")
m = types.MethodType(Greeter.hello, g)
print(m("hello"), m.__self__ is g, m.__func__ is Greeter.hello)
