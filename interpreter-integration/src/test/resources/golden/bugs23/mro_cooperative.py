"""A plugin class hierarchy with diamonds: cooperative __init__ passing **kwargs along the MRO, super() in
methods, classmethods, properties and __init_subclass__, explicit super(Class, obj), MRO listings, inconsistent
MRO errors, mixins that wrap methods, and attribute lookup through the MRO (class attributes, shadowing)."""


class Base:
    registry = []

    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            self.extra = dict(sorted(kw.items()))

    def describe(self):
        return "Base"

    @classmethod
    def create(cls, **kw):
        return cls(**kw)

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()
        Base.registry.append(cls.__name__)


class Loud(Base, tag="loud"):
    def __init__(self, volume=1, **kw):
        super().__init__(**kw)
        self.volume = volume
        self.log.append("Loud")

    def describe(self):
        return "Loud(" + super().describe() + ")"


class Timed(Base):
    def __init__(self, timeout=5, **kw):
        super().__init__(**kw)
        self.timeout = timeout
        self.log.append("Timed")

    def describe(self):
        return "Timed(" + super().describe() + ")"

    @classmethod
    def create(cls, **kw):
        kw.setdefault("timeout", 30)
        return super().create(**kw)


class Plugin(Loud, Timed, tag="plug"):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Plugin")

    def describe(self):
        return "Plugin(" + super().describe() + ")"

    @property
    def label(self):
        return f"{self.name}:{self.tag}"


class Cached:
    def describe(self):
        return "Cached[" + super().describe() + "]"


class FastPlugin(Cached, Plugin):
    @property
    def label(self):
        return "fast " + super().label


p = Plugin("x", volume=3, timeout=9, color="red")
print(p.log, p.volume, p.timeout, p.extra, p.describe(), p.label, p.tag)
print([c.__name__ for c in Plugin.__mro__], [c.__name__ for c in FastPlugin.mro()])
f = FastPlugin.create(name="y")
print(f.describe(), f.label, f.timeout, f.log, FastPlugin.tag, Cached.__mro__[1].__name__, Base.registry)
print(super(Loud, p).describe(), super(Plugin, p).describe(), super(Timed, p).describe(), super(Plugin, Plugin).describe(p))
print(isinstance(p, Timed), issubclass(FastPlugin, Loud), Plugin.__bases__, Plugin.__base__.__name__)
try:
    class X(Base, Loud):
        pass
except TypeError as e:
    print("TypeError:", e)


class A:
    x = "A"

    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    x = "C"

    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


class E(C, B):
    pass


print(D().who(), E().who(), D.x, E.x, [k.__name__ for k in D.__mro__], [k.__name__ for k in E.__mro__])
try:
    class F(D, E):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def mro(cls):
        return [cls] + [k for k in super().mro() if k is not cls]

    def __call__(cls, *a, **kw):
        obj = super().__call__(*a, **kw)
        obj.made_by = "Meta"
        return obj


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


m = M(4)
print(m.v, m.made_by, type(M).__name__, [k.__name__ for k in M.__mro__])


class NoSuper:
    def method(self):
        return super().method()


try:
    NoSuper().method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)


def outside():
    return super().__repr__()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
s = super(B, D())
print(type(s).__name__, s.who(), s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
