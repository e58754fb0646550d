# A plugin system: metaclasses, __init_subclass__, __set_name__, descriptors, abc, class decorators.
import abc

class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kw.get("key", name.lower())
            mcls.plugins[key] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = "Registry"
        return obj

class Plugin(metaclass=Registry):
    def run(self, x):
        raise NotImplementedError

class Upper(Plugin):
    def run(self, x):
        return x.upper()

class Rev(Plugin, key="reverse"):
    def run(self, x):
        return x[::-1]

print(sorted(Registry.plugins), type(Upper).__name__, Upper().created_by)
for k in sorted(Registry.plugins):
    print(k, "->", Registry.plugins[k]().run("Hello"))

class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

class Model:
    subclasses = []

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        Model.subclasses.append(cls.__name__)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({body})"

class User(Model, table="people"):
    name = Field(str, "anon")
    age = Field(int, 0)

class Post(Model):
    title = Field(str)

u = User(name="Ada", age=36)
print(u, User.table, Post.table, Model.subclasses, User._fields)
print(User(), Post(title="hi"), type(User.__dict__["age"]).__name__, User.name.private)
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...

    def describe(self):
        return f"{self.name} with area {self.area():.1f}"

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

class Half(Shape):
    def area(self):
        return 0.5

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Sq(3).describe(), isinstance(Sq(1), Shape), sorted(Shape.__abstractmethods__))

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

Sized.register(int)
print(issubclass(list, Sized), issubclass(int, Sized), issubclass(float, Sized), isinstance("", Sized))

class Meta(type):
    def __prepare__(name, bases):
        return {"injected": 42}
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

class WithMeta(metaclass=Meta):
    pass
print(WithMeta, WithMeta.injected, type(WithMeta) is Meta, isinstance(WithMeta, type))

def singleton(cls):
    inst = {}
    def get(*a, **k):
        if cls not in inst:
            inst[cls] = cls(*a, **k)
        return inst[cls]
    return get

@singleton
class Config:
    def __init__(self, v=1):
        self.v = v
print(Config(5) is Config(6), Config().v)
