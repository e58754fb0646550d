class Registry(type):
    plugins = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins[kw.get("key", name.lower())] = cls
        return cls
class Plugin(metaclass=Registry):
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
class Csv(Plugin, key="csv"): pass
class Json(Plugin): pass
print(sorted(Registry.plugins), Csv.key, Json.key, type(Csv).__name__)

class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    __slots__ = ("_name", "_age", "__weakref__")
    def __init__(self, name, age): self.name, self.age = name, age
    def __repr__(self): return f"Person({self.name!r}, {self.age})"
p = Person("ann", 30)
print(p, Person.name.name)
for bad in [lambda: setattr(p, "age", "x"), lambda: setattr(p, "email", 1), lambda: p.__dict__]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __bool__(self): return bool(self.x or self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
v = Vec(3, 4)
print(v + Vec(1, 1), 2 * v, -v, abs(v), v == Vec(3, 4), {v, Vec(3, 4)}, list(v), bool(Vec(0, 0)), v[-1], f"{v:.1f}")
for bad in [lambda: v + 1, lambda: v @ v, lambda: v < v, lambda: Vec(1), lambda: v[5], lambda: hash([v])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Lazy:
    def __init__(self): self.calls = 0
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        self.calls += 1
        return f"computed {name}"
lz = Lazy()
print(lz.foo, lz.bar, lz.calls, hasattr(lz, "_x"), getattr(lz, "_y", "dflt"))
class Base:
    def greet(self): return "base"
class A(Base):
    def greet(self): return "A>" + super().greet()
class B(Base):
    def greet(self): return "B>" + super().greet()
class C(A, B):
    def greet(self): return "C>" + super().greet()
print(C().greet(), [k.__name__ for k in C.__mro__])
try:
    class X(A, C): pass
except TypeError as e:
    print(e)
class Cnt:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): raise ValueError("read-only-ish")
Cnt(); Cnt()
print(Cnt.count, Cnt.s(), Cnt.c(), Cnt().p)
try:
    Cnt().p = 3
except ValueError as e:
    print(e)
try:
    del Cnt().p
except AttributeError as e:
    print(e)
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print(e)
print(vars(type("Dyn", (), {"a": 1, "f": lambda self: 2}))["a"], type("Dyn", (), {})().__class__.__qualname__)
