"""A remote-object proxy and an attribute-access auditor: __getattr__, __getattribute__, __setattr__, __dir__."""


class Record:
    kind = "record"

    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("miss", name))
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} record has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._fields[name] = value

    def __delattr__(self, name):
        del self._fields[name]

    def __dir__(self):
        return sorted(set(super().__dir__()) | set(self._fields))


r = Record(a=1, b="two")
print(r.a, r.b, r.kind)
r.c = 3.0
del r.a
print(hasattr(r, "a"), getattr(r, "a", "gone"), r.c)
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e, "| name:", e.name, "| obj is r:", e.obj is r)
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r._log, [n for n in dir(r) if not n.startswith("__")])


class Audited:
    def __init__(self):
        self.x = 10
        self.reads = []

    def __getattribute__(self, name):
        if name != "reads" and not name.startswith("__"):
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.x * 2


a = Audited()
print(a.method(), a.x, a.reads)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*args, **kw):
                print(f"  call {name}{args}")
                return attr(*args, **kw)
            return wrapper
        return attr

    def __len__(self):
        return len(self._target)

    def __iter__(self):
        return iter(self._target)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(list(p), len(p))
try:
    p[0]
except TypeError as e:
    print("TypeError:", e)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)


class Broken:
    @property
    def value(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return f"fallback for {name}"


print(Broken().value)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError:", e)
for obj, name in [(1, "foo"), ("s", "lenght"), ([], "push"), (None, "x"), (Record, "missing"), (type, "nope")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)
import math
try:
    math.tau2
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, 5)
except TypeError as e:
    print("TypeError:", e)
print(vars(Record(q=1))["_fields"], getattr(Record(), "kind"))
