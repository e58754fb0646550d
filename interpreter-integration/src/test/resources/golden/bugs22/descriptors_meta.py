"""An ORM-like model layer: descriptors, __set_name__, __init_subclass__, metaclasses, __slots__, __class_getitem__."""
import abc
from collections import OrderedDict


class ValidationError(ValueError):
    pass


class Field:
    _counter = 0

    def __init__(self, kind, *, default=None, required=True, check=None):
        self.kind, self.default, self.required, self.check = kind, default, required, check
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if value is None and not self.required:
            setattr(obj, self.slot, None)
            return
        if not isinstance(value, self.kind):
            raise ValidationError(f"{type(obj).__name__}.{self.name}: expected {self.kind.__name__}, "
                                  f"got {type(value).__name__}")
        if self.check and not self.check(value):
            raise ValidationError(f"{type(obj).__name__}.{self.name}: {value!r} fails check")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.name!r}")

    def __repr__(self):
        return f"<Field {self.name}:{self.kind.__name__}>"


class ModelMeta(type):
    registry = OrderedDict()

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return OrderedDict()

    def __new__(mcls, name, bases, ns, table=None, **kw):
        fields = [(k, v) for k, v in ns.items() if isinstance(v, Field)]
        cls = super().__new__(mcls, name, bases, dict(ns), **kw)
        inherited = [f for b in reversed(cls.__mro__[1:]) for f in getattr(b, "_fields", ())]
        cls._fields = tuple(dict.fromkeys(inherited + [k for k, _ in sorted(fields, key=lambda kv: kv[1].order)]))
        cls._table = table or name.lower() + "s"
        if name != "Model":
            mcls.registry[cls._table] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table} fields={','.join(cls._fields)}>"

    def __len__(cls):
        return len(cls._fields)


class Model(metaclass=ModelMeta):
    hooks = []

    def __init_subclass__(cls, audit=False, **kw):
        super().__init_subclass__(**kw)
        if audit:
            Model.hooks.append(cls.__name__)

    def __init__(self, **values):
        for name in self._fields:
            if name in values:
                setattr(self, name, values.pop(name))
            elif getattr(type(self), name).required and getattr(type(self), name).default is None:
                raise ValidationError(f"missing field {name!r}")
        if values:
            raise TypeError(f"unexpected fields: {', '.join(sorted(values))}")

    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, k) == getattr(other, k) for k in self._fields)

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


class User(Model, audit=True):
    name = Field(str, check=str.isidentifier)
    age = Field(int, default=0, check=lambda a: 0 <= a < 150)
    email = Field(str, required=False)


class Admin(User, table="staff"):
    level = Field(int, default=1)


class Shape(abc.ABC):
    __slots__ = ()

    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...


class Sq(Shape):
    __slots__ = ("side",)

    def __init__(self, s):
        self.side = s

    def area(self):
        return self.side ** 2

    name = property(lambda self: "square")


u = User(name="alice", age=30)
a = Admin(name="root", level=9, email="r@x")
print(u, a, u == User(name="alice", age=30), sep="\n")
print(User, Admin, len(Admin), list(ModelMeta.registry), Model.hooks, User.__dict__["age"], User.age)
for bad in [dict(name="9lives"), dict(name="bob", age=200), dict(name="bob", age="3"), dict(age=3),
            dict(name="x", nick="y")]:
    try:
        User(**bad)
    except (ValidationError, TypeError) as e:
        print(type(e).__name__, "-", e)
try:
    del u.age
except AttributeError as e:
    print("AttributeError:", e)
u.email = None
print(u.email, vars(u), User["int"], Model[int], type(User).__name__, isinstance(User, ModelMeta))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
s = Sq(3)
print(s.area(), s.name, hasattr(s, "__dict__"), Sq.__slots__, isinstance(s, Shape), sorted(Shape.__abstractmethods__))
try:
    s.color = "red"
except AttributeError as e:
    print("AttributeError:", e)


class Meta2(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst

    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")


class Duck(metaclass=Meta2):
    def __init__(self, n):
        self.n = n


class Robot:
    quack = True


d = Duck(3)
print(d.created_by_meta, d.n, isinstance(Robot(), Duck), isinstance(3, Duck), type(Duck).__mro__[0].__name__)
Dyn = type("Dyn", (User,), {"extra": Field(float, default=1.5), "__module__": "gen"})
print(Dyn, Dyn(name="z", extra=2.5), Dyn.__module__, Dyn.__qualname__, Dyn.extra.name)
