"""A vector library using __slots__ with inheritance, __class_getitem__, __init_subclass__ and metaclasses."""
import sys
import weakref


class Base:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{s}={getattr(self, s, None)!r}' for s in self.all_slots())})"

    @classmethod
    def all_slots(cls):
        out = []
        for k in reversed(cls.__mro__):
            for s in getattr(k, "__slots__", ()):
                if s not in out and s not in ("__dict__", "__weakref__"):
                    out.append(s)
        return out


class Vec3(Base):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Tagged(Vec3):
    __slots__ = ("__dict__", "__weakref__")


class Plain(Base):
    pass


v = Vec3(1, 2, 3)
print(v, Vec3.all_slots(), hasattr(v, "__dict__"))
try:
    v.w = 4
except AttributeError as e:
    print("AttributeError:", e)
del v.z
print(v)
try:
    print(v.z)
except AttributeError as e:
    print("AttributeError:", e)
t = Tagged(1, 2, 3)
t.label = "t"
r = weakref.ref(t)
print(t, t.__dict__, r() is t)
try:
    weakref.ref(v)
except TypeError as e:
    print("TypeError:", e)
p = Plain(0, 0)
p.extra = 1
print(p.__dict__, type(Vec3.x).__name__, Vec3.z.__name__, Vec3.__dict__["z"].__objclass__.__name__)
try:
    class Clash(Base):
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)


class Registry(type):
    kinds = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.kinds[name] = kw
        return cls

    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.created_by = "Registry"
        return inst

    def __instancecheck__(cls, obj):
        return hasattr(obj, "shape") or type.__instancecheck__(cls, obj)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = {"prepared_for": name}
        return ns


class Array(metaclass=Registry, dtype="f8"):
    def __class_getitem__(cls, item):
        if not isinstance(item, tuple):
            item = (item,)
        return f"{cls.__name__}[{', '.join(getattr(i, '__name__', repr(i)) for i in item)}]"

    def __init_subclass__(cls, dims=1, **kw):
        super().__init_subclass__()
        cls.dims = dims

    def __init__(self, *vals):
        self.vals = vals


class Matrix(Array, dims=2):
    pass


class Duck:
    shape = (2, 2)


print(Array[int], Array[int, "x"], Matrix[float], Matrix.dims, Array.prepared_for, Matrix.prepared_for)
print(Registry.kinds, Matrix(1, 2).created_by, isinstance(Duck(), Array), isinstance(3, Array))
print(type(Matrix), Matrix.__mro__, list[int], dict[str, list[int]], type(list[int]).__name__)
print(list[int](range(3)), list[int].__origin__, tuple[int, ...], type[int] is not type)
try:
    int[3]
except TypeError as e:
    print("TypeError:", e)


class Meta2(type):
    pass


try:
    class Mixed(Array, metaclass=Meta2):
        pass
except TypeError as e:
    print("TypeError:", e)


class Singleton(type):
    _inst = {}

    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]


class Config(metaclass=Singleton):
    def __init__(self, n=0):
        self.n = n


print(Config(1) is Config(2), Config().n, sys.getsizeof(v) > 0)
print(object.__slots__ if hasattr(object, "__slots__") else "no slots on object", Base.__slots__, Tagged.__slots__)
