"""A plugin registry built with a metaclass, __init_subclass__, __set_name__ and __class_getitem__."""
import abc


class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, *, kind=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if kind is not None:
            if kind in mcls.registry:
                raise TypeError(f"duplicate plugin kind {kind!r} ({name})")
            mcls.registry[kind] = cls
        cls.kind = kind
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = "meta"
        return obj

    def __repr__(cls):
        return f"<plugin class {cls.__name__} kind={cls.kind}>"

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases)
        ns["_order"] = []
        return ns


class Plugin(metaclass=RegistryMeta):
    def run(self, data):
        raise NotImplementedError


class Upper(Plugin, kind="upper"):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, kind="reverse"):
    def run(self, data):
        return data[::-1]


print(sorted(RegistryMeta.registry), RegistryMeta.registry["upper"], type(Upper).__name__)
u = Upper()
print(u.run("abc"), u.created_by, Reverse().run("abc"), Plugin.kind)
try:
    class Dup(Plugin, kind="upper"):
        pass
except TypeError as e:
    print("error:", e)


class Field:
    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Shape:
    subclasses = []

    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.subclasses.append(cls.__name__)

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


class Triangle(Shape, sides=3):
    a = Field()
    b = Field()


class Square(Shape, sides=4):
    side = Field()


t = Triangle()
t.a = 3
print(Triangle._fields, t.a, t.b, Triangle.sides, Square.sides, Shape.subclasses, Shape[int], Square["x"])
try:
    class Weird(Shape, color="red"):
        pass
except TypeError as e:
    print("init_subclass:", e)


class Storage(abc.ABC):
    @abc.abstractmethod
    def get(self, key): ...

    @abc.abstractmethod
    def put(self, key, value): ...

    @property
    @abc.abstractmethod
    def size(self): ...


class Partial(Storage):
    def get(self, key):
        return None


class Memory(Storage):
    def __init__(self):
        self.d = {}

    def get(self, key):
        return self.d.get(key)

    def put(self, key, value):
        self.d[key] = value

    @property
    def size(self):
        return len(self.d)


for cls in (Storage, Partial, Memory):
    try:
        obj = cls()
        obj.put("k", 1)
        print(cls.__name__, "ok", obj.size, obj.get("k"))
    except TypeError as e:
        print(e)
print(sorted(Partial.__abstractmethods__), isinstance(Memory(), Storage))
Storage.register(dict)
print(issubclass(dict, Storage), isinstance({}, Storage), issubclass(list, Storage))


class Singleton(type):
    _inst = {}

    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name


print(Config("first").name, Config("second").name, Config() is Config())
try:
    class Mixed(Plugin, Config):
        pass
except TypeError as e:
    print("meta conflict:", e)
Dyn = RegistryMeta("Dyn", (Plugin,), {"run": lambda self, d: d * 2}, kind="dyn")
print(Dyn, Dyn().run("ab"), Dyn._order, Dyn.__mro__)
