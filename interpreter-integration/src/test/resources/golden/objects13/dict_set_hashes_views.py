# hashes reused between dicts and sets, setdefault hashing once, update from a dict mutated by __eq__,
# dict-view comparisons without hashing values, sys.getsizeof through __sizeof__
import sys, collections
# set/dict built from each other reuse the stored hashes: keys are not hashed again
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)
def count(d):
    return sum(e.hash_count for e in d)
d = dict.fromkeys(map(HashCountingInt, range(10)))
print(count(d))
for thetype in (set, frozenset):
    s = thetype(d)
    s.difference(d)
    if hasattr(s, "symmetric_difference_update"):
        s.symmetric_difference_update(d)
    dict.fromkeys(set(d)); dict.fromkeys(frozenset(d), 123)
    print(thetype.__name__, count(d), dict.fromkeys(frozenset(d), 123) == dict.fromkeys(d, 123))

# setdefault hashes the key once and compares once
class Hashed:
    def __init__(self):
        self.hash_count = self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
h1, h2 = Hashed(), Hashed()
y = {h1: 5}
print(y.setdefault(h2, []), h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
print(y.setdefault(h1, 0), {}.setdefault("k", 3))

# update from a dict that a key's __eq__ clears
class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
other = dict((i, 0) for i in range(1, 100))
other[X()] = 0
try:
    {X(): 0, 1: 1}.update(other)
except RuntimeError as e:
    print("RuntimeError", e)

# comparisons of dict views look up keys and compare values: no hashing of values
class C:
    def __eq__(self, other):
        raise RuntimeError("eq")
d1, d2, d3 = {1: C()}, {1: C()}, {1: C(), 2: C()}
for f in (lambda: d1.items() == d2.items(), lambda: d1.items() <= d2.items(), lambda: d2.items() < d3.items(),
          lambda: d3.items() > d2.items()):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError", e)
a, b = {1: 1, 2: 2}, {1: 1}
print(a.keys() > b.keys(), b.items() < a.items(), a.keys() >= {1}, {1, 2} == a.keys(), a.keys() != b.keys())
print(a.items() <= a.items(), b.keys() < {1, 2, 3}, a.keys() > set())

# getsizeof asks the object's __sizeof__
class Sized:
    def __sizeof__(self):
        return 1234
print(sys.getsizeof(Sized()) >= 1234, sys.getsizeof(collections.OrderedDict(a=1)) > sys.getsizeof(dict(a=1)))
class Neg:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print("ValueError", e)
