"""Objects with __slots__, properties and descriptors mutated by several threads (updates under a lock or
`with atomic:`)."""
import threading

try:
    atomic
except NameError:
    atomic = threading.RLock()


class Vector:
    __slots__ = ('x', 'y', '_norm_cache')

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
        self._norm_cache = None

    @property
    def norm2(self):
        if self._norm_cache is None:
            self._norm_cache = self.x * self.x + self.y * self.y
        return self._norm_cache

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        self._norm_cache = None


class Clamped:
    def __set_name__(self, owner, name):
        self.attr = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, 0)

    def __set__(self, obj, value):
        setattr(obj, self.attr, max(0, min(100, value)))


class Gauge:
    level = Clamped()
    __slots__ = ('_level', 'updates')

    def __init__(self):
        self.updates = 0

    @property
    def percent(self):
        return '%d%%' % self.level

    @percent.setter
    def percent(self, text):
        self.level = int(text.rstrip('%'))
        self.updates += 1

    @percent.deleter
    def percent(self):
        self.level = 0


vecs = [Vector(i, -i) for i in range(6)]
gauge = Gauge()
glock = threading.Lock()


def mover(wid):
    for i in range(250):
        v = vecs[(wid + i) % 6]
        with atomic:
            v.move(1, 2)
            n = v.norm2
        with glock:
            gauge.percent = '%d%%' % (gauge.level + (1 if wid % 2 else -1) * 3)


ts = [threading.Thread(target=mover, args=(w,)) for w in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([(v.x, v.y, v.norm2) for v in vecs])
print('moves', sum(v.x for v in vecs) - sum(range(6)))
print('gauge updates', gauge.updates, 0 <= gauge.level <= 100, gauge.percent[-1])
del gauge.percent
print('after delete', gauge.level, gauge.percent)
try:
    vecs[0].z = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    Vector().__dict__
except AttributeError as e:
    print('AttributeError', e)
print(Gauge.level.__class__.__name__, Gauge.__slots__, hasattr(Gauge(), '_level'))


class Counter:
    __slots__ = ('_n', '_lock')

    def __init__(self):
        self._n = 0
        self._lock = threading.Lock()

    @property
    def n(self):
        return self._n

    def incr(self):
        with self._lock:
            self._n += 1


c = Counter()
ts = [threading.Thread(target=lambda: [c.incr() for _ in range(500)]) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('counter', c.n)
try:
    c.n = 5
except AttributeError as e:
    print('AttributeError', e)


class Base:
    __slots__ = ('a',)


class Child(Base):
    __slots__ = ('b',)

    def __repr__(self):
        return 'Child(a=%r, b=%r)' % (getattr(self, 'a', None), sorted(getattr(self, 'b', ())))


objs = [Child() for _ in range(4)]


def setter(k):
    for o in objs:
        with atomic:
            o.a = getattr(o, 'a', 0) + k
            o.b = (getattr(o, 'b', None) or ()) + (k,)


ts = [threading.Thread(target=setter, args=(k,)) for k in (1, 10, 100)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([(o.a, sorted(o.b)) for o in objs])
del objs[0].a
print(objs[0], Child.a.__class__.__name__)
