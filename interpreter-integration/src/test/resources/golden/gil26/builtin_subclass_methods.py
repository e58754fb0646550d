# Methods loaded as attributes (LOAD_ATTR) and called as methods (LOAD_METHOD) on instances of heap subclasses of
# built-in types, through the same code site many times: bound methods, shadowing by instance attributes (before
# and after the site warmed up), class methods rebound, __getattribute__ added later, and random.Random's own path.
import random


class MyList(list):
    def total(self):
        return sum(self)


class MyDict(dict):
    def keys_sorted(self):
        return sorted(self)


def get_append(o):
    return o.append            # LOAD_ATTR of a built-in method on a list (or subclass) instance


def get_total(o):
    return o.total             # LOAD_ATTR of a Python method on a list-subclass instance


def call_total(o):
    return o.total()           # LOAD_METHOD of a Python method on a list-subclass instance


ml = MyList([1, 2, 3])
for i in range(40):
    get_append(ml)(i)
print(len(ml), ml.total(), sum(get_total(ml)() for _ in range(5)))
m = get_append(ml)
print(type(m).__name__, m.__self__ is ml, m == ml.append, m.__name__)
t = get_total(ml)
print(type(t).__name__, t.__self__ is ml, t.__func__ is MyList.total)
print([call_total(ml) for _ in range(3)])

# an instance attribute shadows the class's method once set (the site has warmed up by now)
ml.total = lambda: "shadowed"
ml.append = lambda x: "shadowed append %r" % (x,)
print(get_total(ml)(), call_total(ml), get_append(ml)(7))
del ml.total
del ml.append
print(call_total(ml), get_total(ml)() == sum(ml), get_append(ml)(1), len(ml))

# the class's method rebound after the site warmed up
MyList.total = lambda self: "rebound %d" % len(self)
print(call_total(ml), get_total(ml)())
MyList.total = lambda self: "rebound again"
print(call_total(ml), get_total(ml)())


# a __getattribute__ added to the class later takes over both sites
def ga(self, name):
    if name in ("total", "append"):
        return lambda *a: "via __getattribute__ " + name
    return object.__getattribute__(self, name)


MyList.__getattribute__ = ga
print(call_total(ml), get_total(ml)(), get_append(ml)(3))
del MyList.__getattribute__
print(call_total(ml), get_append(ml)(3), len(ml))

# one site, several types: a dict subclass, plain lists, a str
md = MyDict(b=1, a=2)
sites = [ml, [1, 2], md, MyList([5]), "abc"]
for o in sites * 5:
    try:
        r = get_append(o)
        print(type(o).__name__, type(r).__name__)
    except AttributeError as e:
        print(type(o).__name__, "AttributeError", e)
    break
out = []
for _ in range(10):
    for o in sites:
        try:
            out.append(type(get_append(o)).__name__)
        except AttributeError:
            out.append("AE")
print(out[:10], len(out))
print(md.keys_sorted(), [MyDict.keys_sorted(md) for _ in range(2)])


# random.Random: a heap subclass of _random.Random (getrandbits through self.getrandbits in _randbelow)
class Counting(random.Random):
    calls = 0

    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)


r1 = random.Random(12345)
r2 = Counting(12345)
seq = list(range(7))
a = [r1.choice(seq) for _ in range(200)]
b = [r2.choice(seq) for _ in range(200)]
print(a[:20], a == b, Counting.calls >= 200)
g = r1.getrandbits
print(type(g).__name__, g.__self__ is r1, g(0), 0 <= g(5) < 32)
r1.getrandbits = lambda k: 0   # shadows the built-in method for r1's own lookups
print([r1.randrange(10) for _ in range(5)], r1.getrandbits(9))
del r1.getrandbits
print(0 <= r1.randrange(10) < 10)
print([random.Random(7).randrange(1000) for _ in range(3)], random.Random(7).random())
