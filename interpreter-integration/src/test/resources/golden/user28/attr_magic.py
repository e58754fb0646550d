"""A small ORM-like model layer: descriptors, __set_name__, __init_subclass__, __getattr__ and friends."""


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"<Field {self.name}:{self.kind.__name__}>"


class Model:
    registry = {}

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
        Model.registry[cls.table] = cls

    def __init__(self, **kw):
        for name in self.fields:
            if name in kw:
                setattr(self, name, kw.pop(name))
        if kw:
            raise TypeError(f"unknown fields: {', '.join(sorted(kw))}")

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({args})"

    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key}]"


class User(Model, table="people"):
    name = Field(str, "")
    age = Field(int, 0)


class Post(Model):
    title = Field(str)
    likes = Field(int, 0)


u = User(name="ana", age=31)
print(u, User.table, Post.table, sorted(Model.registry), User.fields, User.name, User["id"])
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
try:
    Post(title="t", author="me")
except TypeError as e:
    print("TypeError:", e)


class Record:
    def __init__(self, data):
        object.__setattr__(self, "_data", dict(data))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        self._data[name] = value

    def __delattr__(self, name):
        self._log.append(("del", name))
        del self._data[name]

    def __dir__(self):
        return sorted(self._data)


r = Record({"id": 7, "city": "Oslo"})
r.city = "Bergen"
r.zip = "5003"
del r.id
print(r.city, r.zip, r._log, dir(r), hasattr(r, "id"), getattr(r, "id", "gone"))
try:
    r.country
except AttributeError as e:
    print("AttributeError:", e)


class Tracer:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  get {name}")
        return super().__getattribute__(name)

    def hello(self):
        return "hi"


t = Tracer()
t.x = 1
print(t.hello(), t.x)


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{name} lives in {city}, {country}".format_map(Defaults(name="Ana", city="Oslo")))


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = float(v)

    @celsius.deleter
    def celsius(self):
        print("  reset")
        self._c = 0.0

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)


tc = Temperature()
tc.celsius = 100
print(tc.fahrenheit, Temperature.celsius.__doc__)
del tc.celsius
print(tc.celsius)
try:
    tc.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
print(vars(tc), type(tc).__dict__["celsius"].fget.__name__, callable(tc), Temperature.__name__, Temperature.__qualname__)
