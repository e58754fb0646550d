"""A miniature ORM: typed field descriptors, __set_name__, __init_subclass__ registry, metaclass."""


class Field:
    def __init__(self, kind, *, default=None, required=True):
        self.kind = kind
        self.default = default
        self.required = required

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
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")

    def __repr__(self):
        return f"<Field {self.name}:{self.kind.__name__}>"


class Upper(Field):
    def __set__(self, obj, value):
        super().__set__(obj, value.upper() if isinstance(value, str) else value)


class ModelMeta(type):
    def __new__(mcls, name, bases, ns, table=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.table = table or name.lower() + "s"
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls.table}>"

    def __len__(cls):
        return len(cls._fields)


class Model(metaclass=ModelMeta):
    registry = {}
    _fields = ()

    def __init_subclass__(cls, abstract=False, **kw):
        super().__init_subclass__(**kw)
        if not abstract:
            Model.registry[cls.__name__] = cls

    def __init__(self, **values):
        for name in self._fields:
            if name in values:
                setattr(self, name, values.pop(name))
        if values:
            raise TypeError(f"unknown fields: {', '.join(sorted(values))}")

    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({body})"


class Named(Model, abstract=True):
    name = Upper(str)


class User(Named, table="people"):
    age = Field(int, default=0)
    email = Field(str)


class Product(Named):
    price = Field(float, default=0.0)


print(sorted(Model.registry))
print(User, Product, len(User), User._fields, Product._fields)
u = User(name="ada", age=36, email="ada@example.org")
print(u)
p = Product(name="widget")
print(p, p.price)
print(User.__dict__["age"], User.age)
for bad in [dict(age="old"), dict(color="red"), dict(name=5)]:
    try:
        User(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    del u.age
except AttributeError as e:
    print("AttributeError:", e)
print(vars(u))
print(type(User).__name__, isinstance(User, ModelMeta), User.__mro__[1:3])


class Lazy:
    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        print(f"  computed {self.attr}")
        return value


class Report:
    def __init__(self, rows):
        self.rows = rows

    @Lazy
    def total(self):
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, "total" in vars(r))
try:
    class Broken:
        f = Field(int)
        def __set_name__(self, owner, name):
            pass
        class Inner:
            def __set_name__(self, owner, name):
                raise RuntimeError("no names please")
        x = Inner()
except RuntimeError as e:
    print("RuntimeError:", e, "| notes:", getattr(e, "__notes__", None))
