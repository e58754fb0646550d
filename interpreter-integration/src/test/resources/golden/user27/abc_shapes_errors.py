"""A plugin hierarchy with abc: abstract methods/properties, registration, and the errors users hit."""
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import collections.abc as cabc
import functools
import inspect


class Storage(ABC):
    @abstractmethod
    def read(self, key): ...

    @abstractmethod
    def write(self, key, value): ...

    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def create(cls): ...

    def copy(self, src, dst):
        self.write(dst, self.read(src))


class Half(Storage):
    def read(self, key):
        return key


class Memory(Storage):
    def __init__(self):
        self.data = {}

    def read(self, key):
        return self.data[key]

    def write(self, key, value):
        self.data[key] = value

    @property
    def name(self):
        return "memory"

    @classmethod
    def create(cls):
        return cls()


for cls in (Storage, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Storage.__abstractmethods__), sorted(Half.__abstractmethods__), Memory.__abstractmethods__)
m = Memory.create()
m.write("a", 1)
m.copy("a", "b")
print(m.data, m.name, isinstance(m, Storage), inspect.isabstract(Half), inspect.isabstract(Memory))


class External:
    def read(self, key):
        return "ext"


Storage.register(External)
print(isinstance(External(), Storage), issubclass(External, Storage), Storage in External.__mro__)


class Sized3:
    def __len__(self):
        return 3


print(isinstance(Sized3(), cabc.Sized), isinstance(Sized3(), cabc.Iterable), issubclass(list, cabc.Sequence))
print(issubclass(dict, cabc.MutableMapping), isinstance((), cabc.Hashable), isinstance([], cabc.Hashable))


class Deck(cabc.Sequence):
    def __init__(self, cards):
        self.cards = list(cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __len__(self):
        return len(self.cards)


d = Deck("AKQJ")
print(list(reversed(d)), d.index("Q"), d.count("A"), "K" in d, d[1:3])
try:
    d.index("2")
except ValueError as e:
    print("ValueError:", e)


class Bag(cabc.MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f"Bag({self.items})"


b = Bag([3, 1, 2])
print(b | {9}, b & {1, 2, 7}, b - {1}, b ^ {2, 5}, b <= Bag([1, 2, 3, 4]), b.isdisjoint([8]))
b -= {3}
print(b, b.pop(), b)


class Meta(ABCMeta):
    pass


class Tool(metaclass=Meta):
    @abstractmethod
    def run(self): ...


try:
    Tool()
except TypeError as e:
    print("TypeError:", e)


class Mapping3(cabc.Mapping):
    def __getitem__(self, k):
        if k in "abc":
            return k.upper()
        raise KeyError(k)

    def __iter__(self):
        return iter("abc")

    def __len__(self):
        return 3


mp = Mapping3()
print(dict(mp), mp.get("z", 0), list(mp.items()), mp == {"a": "A", "b": "B", "c": "C"}, "b" in mp.keys())
try:
    class NoLen(cabc.Sized):
        pass
    NoLen()
except TypeError as e:
    print("TypeError:", e)
print(type(Storage).__name__, Storage.__subclasshook__(int), cabc.Iterator.__abstractmethods__)
