"""Classes as users write them: properties with setters and validation, __slots__, data descriptors with
__set_name__, __getattr__ fallbacks and a delegating proxy, class methods, __init_subclass__ registries,
__eq__/__hash__, operator overloads, abstract base classes and super() chains."""
from abc import ABC, abstractmethod


class Positive:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError('%s must be positive, got %r' % (self.name[1:], value))
        setattr(obj, self.name, value)


class Product:
    price = Positive()
    qty = Positive()

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def total(self):
        return self.price * self.qty

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, v):
        self._name = v.strip().title()

    @name.deleter
    def name(self):
        raise AttributeError("can't delete name")


p = Product('  blue widget ', 3, 4)
print(p.name, p.total, type(Product.__dict__['price']).__name__)
try:
    p.qty = 0
except ValueError as e:
    print(e)
try:
    del p.name
except AttributeError as e:
    print(e)


class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)


v = Vec(1, 2) + 3 * Vec(1, 1) * 2
print(v, list(v), {v: 1}[Vec(7, 8)], bool(Vec(0, 0)), hasattr(v, '__dict__'))
try:
    v.z = 1
except AttributeError as e:
    print('slots:', type(e).__name__)


class Settings:
    defaults = {'color': 'blue', 'size': 10}

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __getattr__(self, name):
        if name in Settings.defaults:
            return Settings.defaults[name]
        raise AttributeError('%r has no setting %r' % (type(self).__name__, name))


s = Settings(size=3)
print(s.size, s.color, getattr(s, 'missing', 'dflt'))
try:
    s.nothing
except AttributeError as e:
    print(e)


class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'calls', [])

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*a, **k):
                self.calls.append(name)
                return attr(*a, **k)
            return wrapper
        return attr

    def __setattr__(self, name, value):
        self.calls.append('set ' + name)
        setattr(self._target, name, value)


lst = LoggingProxy([3, 1, 2])
lst.append(0)
lst.sort()
print(lst._target, lst.calls, lst.__class__.__name__)


class Plugin(ABC):
    registry = {}

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Plugin.registry[key] = cls

    @abstractmethod
    def run(self, x):
        ...

    @classmethod
    def create(cls, key):
        return cls.registry[key]()


class Upper(Plugin, key='up'):
    def run(self, x):
        return x.upper()


class Base:
    def hello(self):
        return ['Base']


class Left(Base):
    def hello(self):
        return ['Left'] + super().hello()


class Right(Base):
    def hello(self):
        return ['Right'] + super().hello()


class Both(Left, Right):
    def hello(self):
        return ['Both'] + super().hello()


print(Plugin.create('up').run('abc'), sorted(Plugin.registry))
try:
    Plugin()
except TypeError as e:
    print('abstract:', 'abstract' in str(e))
print(Both().hello(), [c.__name__ for c in Both.__mro__])
print(isinstance(Upper(), Plugin), issubclass(Both, Right), Vec.__slots__)
