"""A storage backend framework on abc: abstract methods, abstract properties and classmethods, partial
implementations, ABC.register virtual subclasses, __subclasshook__, collections.abc mixins (MutableMapping,
Sequence, Set) giving free methods, and the errors for incomplete classes."""
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Iterable, Mapping, MutableMapping, Sequence, Set, Sized, Hashable, Container


class Backend(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def scheme(cls):
        ...

    @abstractmethod
    def get(self, key):
        ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default


class Memory(Backend):
    def __init__(self):
        self.data = {}

    @property
    def name(self):
        return "memory"

    @classmethod
    def scheme(cls):
        return "mem://"

    def get(self, key):
        return self.data[key]


class Half(Backend):
    def get(self, key):
        return key


for cls in (Backend, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Half.__abstractmethods__), Memory.__abstractmethods__, Memory.scheme(), Memory().name)
m = Memory()
m.data["a"] = 1
print(m.get("a"), m.get_or("b", 0), isinstance(m, Backend), issubclass(Memory, ABC))


class Legacy:
    def get(self, key):
        return "legacy:" + key


Backend.register(Legacy)
print(isinstance(Legacy(), Backend), issubclass(Legacy, Backend), Legacy.__mro__[-1].__name__)


class Closeable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any("close" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class File:
    def close(self):
        pass


print(isinstance(File(), Closeable), isinstance(1, Closeable), issubclass(Memory, Closeable))


class Store(MutableMapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(sorted(self._d))

    def __len__(self):
        return len(self._d)


s = Store(b=2, a=1)
s["C"] = 3
s.update({"D": 4}, e=5)
print(list(s), s.get("A"), "c" in s, s.pop("d"), s.setdefault("f", 6), s.popitem(), len(s), dict(s.items()))
print(s == {"b": 2, "c": 3, "e": 5, "f": 6}, list(s.keys()), list(s.values()), isinstance(s, Mapping))
s.clear()
print(len(s), Store.__abstractmethods__ if False else sorted(MutableMapping.__abstractmethods__))


class Range3(Sequence):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(3))]
        if not 0 <= i < 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3


r = Range3()
print(list(r), r[1:], 20 in r, r.index(20), r.count(10), list(reversed(r)), isinstance(r, Iterable))
try:
    r.index(5)
except ValueError as e:
    print("ValueError:", e)


class Bits(Set):
    def __init__(self, it=()):
        self._s = sorted(set(it))

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    def __repr__(self):
        return f"Bits{self._s}"


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= Bits([1, 2, 3, 4]), a.isdisjoint(Bits([9])), a == Bits([3, 2, 1]))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance("", Container), isinstance(3, Sized))
try:
    class Bad(Sequence):
        pass
    Bad()
except TypeError as e:
    print("TypeError:", e)
