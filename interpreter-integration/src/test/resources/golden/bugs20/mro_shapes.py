# Cooperative multiple inheritance: super(), MRO, mixins, class/static methods, properties, __slots__.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        super().__init__()
        if kw:
            print("leftover", sorted(kw))

    def hello(self):
        return "Base"

class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")

    def hello(self):
        return f"Named({self.name})>" + super().hello()

class Timestamped(Base):
    def __init__(self, ts=0, **kw):
        super().__init__(**kw)
        self.ts = ts
        self.log.append("Timestamped")

    def hello(self):
        return f"Timestamped({self.ts})>" + super().hello()

class JsonMixin:
    def to_json(self):
        items = sorted((k, v) for k, v in vars(self).items() if k != "log")
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in items) + "}"

class Record(JsonMixin, Named, Timestamped):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Record")

    def hello(self):
        return "Record>" + super().hello()

r = Record(name="x", ts=5, extra=1)
print([c.__name__ for c in Record.__mro__])
print(r.log, r.hello(), r.to_json())
print(super(Named, r).hello(), Record.hello.__qualname__, Named.hello(r))

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), D.mro() == list(D.__mro__))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class Temperature:
    __slots__ = ("_c",)
    scale = "C"

    def __init__(self, c):
        self.celsius = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(v):
        return v >= -273.15

t = Temperature.from_f(212)
print(t.celsius, t.fahrenheit, Temperature.valid(-300), t.scale)
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)
try:
    t.other = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)

class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubCounter(Counter):
    pass
Counter(); SubCounter(); SubCounter()
print(Counter.count, SubCounter.count, "count" in SubCounter.__dict__)
print(isinstance(r, Timestamped), issubclass(Record, JsonMixin), Record.__bases__)
print(type(r).__name__, r.__class__.__qualname__, hasattr(r, "ts"), getattr(r, "nope", "default"))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return f"proxied {name}: {getattr(self._t, name)}"
    def __setattr__(self, name, value):
        print(f"set {name}={value!r} refused")
p = Proxy(r)
print(p.name, p.ts)
p.name = "y"
print(r.name, vars(r).keys() - {"log"} == {"name", "ts"})
