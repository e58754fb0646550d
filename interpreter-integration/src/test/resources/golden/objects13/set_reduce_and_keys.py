# set/frozenset: __reduce__, copy/deepcopy/pickle, lookup by an unhashable set, frozenset identity, keywords
import copy
import pickle

s = {(1, 2), (3, 4)}
print(sorted(copy.deepcopy(s)), type(copy.deepcopy(s)).__name__)
print(sorted(copy.copy(s)))
r = s.__reduce__()
print(r[0].__name__, sorted(r[1][0]), r[2])


class S(set):
    pass


class F(frozenset):
    pass


x = S([1, 2, 3])
x.tag = "t"
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    y = pickle.loads(pickle.dumps(x, proto))
    assert type(y) is S and y == x and y.tag == "t", proto
fz = F("abc")
fz2 = copy.deepcopy(fz)
print(type(fz2).__name__, sorted(fz2), fz2 == fz)


class Tracer:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value

    def __deepcopy__(self, memo=None):
        return Tracer(self.value + 1)


t = Tracer(10)
print([e.value for e in copy.deepcopy({t})])

# an unhashable set is looked up as a frozenset of its elements
s = {frozenset("ab"), 5}
print(set("ab") in s)
s.discard(set("ab"))
print(sorted(s, key=repr))
try:
    s.remove({1, 2})
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__, sorted(e.args[0]))
try:
    s.remove([])
except TypeError as e:
    print("TypeError", e)


class H(set):
    def __hash__(self):
        return 12345


h = H()
f = set()
f.add(h)
print(h in f)
f.remove(h)
print(len(f))

# frozenset(fs) and fs.copy() return fs itself; set does not
fs = frozenset(range(3))
print(frozenset(fs) is fs, fs.copy() is fs, F(fs) is fs, set(fs) is fs)
st = {1}
print(st.copy() is st, set(st) is st)

# keywords: set and frozenset take none; a subclass with its own __init__ may
for cls in (set, frozenset, S, F):
    try:
        cls(sequence=())
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)


class SI(set):
    def __init__(self, arg, newarg=None):
        super().__init__(arg)
        self.newarg = newarg


class FI(frozenset):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


for cls in (SI, FI):
    u = cls([1, 2], newarg=3)
    print(type(u).__name__, sorted(u), u.newarg)
