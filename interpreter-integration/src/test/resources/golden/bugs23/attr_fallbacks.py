"""A configuration proxy and a lazy record: __getattr__ fallbacks (only after normal lookup fails, including a
property raising AttributeError), __getattribute__ overrides that delegate to object's, __setattr__/__delattr__
validation, __dir__, descriptors with __set_name__, data vs non-data descriptor precedence over the instance
dict, getattr defaults, hasattr swallowing only AttributeError, and AttributeError's name/obj fields."""


class Config:
    _defaults = {"host": "localhost", "port": 8080}

    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "reads", [])

    def __getattr__(self, name):
        self.reads.append(name)
        if name.startswith("_"):
            raise AttributeError(f"private {name!r}")
        try:
            return self._values[name]
        except KeyError:
            pass
        try:
            return self._defaults[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __setattr__(self, name, value):
        if name == "port" and not isinstance(value, int):
            raise TypeError("port must be an int")
        self._values[name] = value

    def __delattr__(self, name):
        if name not in self._values:
            raise AttributeError(name)
        del self._values[name]

    def __dir__(self):
        return sorted(set(self._values) | set(self._defaults))

    @property
    def url(self):
        return f"http://{self.host}:{self.port}"

    @property
    def broken(self):
        raise AttributeError("inner failure")


c = Config(host="example.org")
print(c.host, c.port, c.url, c.reads)
c.port = 9000
print(c.url, dir(c), getattr(c, "missing", "dflt"), hasattr(c, "nope"), hasattr(c, "host"))
try:
    c.broken
except AttributeError as e:
    print("AttributeError from fallback:", e, c.reads[-1])
try:
    c.port = "x"
except TypeError as e:
    print("TypeError:", e)
del c.port
print(c.port)
try:
    del c.port
except AttributeError as e:
    print("AttributeError:", e)
try:
    c._secret
except AttributeError as e:
    print("AttributeError:", e)


class Boom:
    @property
    def value(self):
        raise KeyError("not attribute error")


try:
    hasattr(Boom(), "value")
except KeyError as e:
    print("KeyError escapes hasattr:", e)


class Logged:
    def __init__(self):
        self.a = 1
        self.hits = []

    def __getattribute__(self, name):
        if name not in ("hits", "__dict__", "__class__"):
            object.__getattribute__(self, "hits").append(name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<fallback {name}>"

    def method(self):
        return "m"


lg = Logged()
print(lg.a, lg.method(), lg.secret, lg.zzz, lg.hits, type(lg).__name__, lg.__class__.__name__)


class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Record:
    title = Typed(str)
    year = Typed(int)
    note = NonData()


r = Record()
r.title, r.year = "Dune", 1965
r.__dict__["title"] = "shadow?"
r.__dict__["note"] = "instance wins"
print(r.title, r.year, r.note, Record.note, Record.title.name, Record.year.owner, sorted(vars(r)))
try:
    r.year = "1965"
except TypeError as e:
    print("TypeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.nothing
except AttributeError as e:
    print("AttributeError:", e, "| name:", e.name, "| obj is r:", e.obj is r)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Record().year
except AttributeError as e:
    print("AttributeError:", e)


class Slotted:
    __slots__ = ("x",)


s = Slotted()
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.x
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Slotted, "x").__class__.__name__, Slotted.__dict__["x"].__name__, hasattr(s, "__dict__"))
print(getattr(lg, "a"), vars(Config)["url"].fget.__name__, type(Config.__dict__["__getattr__"]).__name__)
