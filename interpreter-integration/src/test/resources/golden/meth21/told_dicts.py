# LOAD_METHOD through warmed sites on instances of heap subclasses of built-in types whose instance dicts tell
# their keys to the class (no probe of the dict while no instance ever held the name): the name then stored in
# one instance's dict by setattr, by vars(o)[...], by __dict__.update, by __dict__ assignment, by setattr of a
# non-str-equal key, and by a new instance; a Python method of a random.Random subclass called through the site;
# __class__ assignment between list subclasses; copies and pickles of such instances.
import copy
import pickle
import random
from collections import deque


class R(random.Random):
    def pick(self, n):
        return self._randbelow(n)


class L(list):
    def first(self):
        return "L.first %r" % (self[0],)


class L2(list):
    def first(self):
        return "L2.first %r" % (self[0],)


class D(dict):
    def keys_sorted(self):
        return sorted(self)


class S(set):
    pass


class I(int):
    def twice(self):
        return int(self) * 2


class T(tuple):
    pass


class Q(deque):
    pass


class E(Exception):
    def what(self):
        return "E.what"


def call_random(o):
    return o.random()          # a built-in method of the base


def call_pick(o, n):
    return o.pick(n)           # a Python method of the class


def call_first(o):
    return o.first()


def call_append(o, v):
    return o.append(v)


def call_twice(o):
    return o.twice()


def call_count(o, v):
    return o.count(v)


def call_what(o):
    return o.what()


r = R(5)
print([round(call_random(r), 6) for _ in range(3)], [call_pick(r, 10) for _ in range(5)])
r.random = lambda: "shadowed random"
print(call_random(r), [call_pick(r, 10) for _ in range(3)])
del r.random
print(round(call_random(r), 6))
r2 = R(6)
vars(r2)["pick"] = lambda n: "pick from vars %d" % n
print(call_pick(r2, 3), call_pick(r, 3))
r3 = R(7)
print(call_pick(r3, 100))
r3.__dict__.update({"pick": lambda n: "pick from update"})
print(call_pick(r3, 100), call_pick(r, 100) >= 0)
r4 = R(8)
for _ in range(4):
    call_random(r4)
r4.__dict__ = {"random": lambda: "random from __dict__ assignment"}
print(call_random(r4))


class Key(str):
    pass


r5 = R(9)
print(round(call_random(r5), 6))
r5.__dict__[Key("random")] = lambda: "random from a str subclass key"
print(call_random(r5))

la = L([1, 2])
lb = L(["b"])
print([call_first(la) for _ in range(3)], call_first(lb))
lb.first = lambda: "lb's own first"
print(call_first(la), call_first(lb))
lc = L(["c"])
lc.tag = 1
print(call_first(lc))
lc.__class__ = L2
print(call_first(lc), call_first(la))
lc.first = lambda: "lc's own first"
print(call_first(lc))
ld = L2(["d"])
print(call_first(ld))
lc.__class__ = L
print(call_first(lc), call_first(la))

for _ in range(3):
    call_append(la, 3)
la.append = lambda v: "own append %r" % (v,)
print(call_append(la, 4), la)
le = L([])
call_append(le, 5)
print(le)

d = D(b=1, a=2)
print(d.keys_sorted(), [D.keys_sorted(d) for _ in range(2)])
d.keys_sorted = lambda: "own keys_sorted"
print(d.keys_sorted(), D(z=1).keys_sorted())

s = S([1, 2])
for _ in range(3):
    s.add(3)
s.add = lambda v: "own add"
print(s.add(4), sorted(s))

k = I(21)
print([call_twice(k) for _ in range(3)])
k.twice = lambda: "own twice"
print(call_twice(k), call_twice(I(4)))

t = T((1, 1, 2))
print([call_count(t, 1) for _ in range(3)])
t.count = lambda v: "own count"
print(call_count(t, 1), call_count(T((1,)), 1))

q = Q([1])
for _ in range(3):
    call_append(q, 2)
q.append = lambda v: "own deque append"
print(call_append(q, 3), list(q))

e = E("x")
print([call_what(e) for _ in range(3)])
e.what = lambda: "own what"
print(call_what(e), call_what(E()))

l6 = L([6])
l6.note = "kept"
l7 = copy.copy(l6)
print(l7.note, call_first(l7))
l7.first = lambda: "l7's own first"
print(call_first(l7), call_first(l6), call_first(copy.deepcopy(l7)))
la2 = L([7])
la2.first = lambda: "not picklable"
del la2.first
la2.extra = 3
lp = pickle.loads(pickle.dumps(la2))
print(call_first(lp), lp.extra, type(lp).__name__)


# built-in method descriptors through warmed sites: argument errors, a self of a subclass, a foreign self
def call_bit_length(o):
    return o.bit_length()


def call_bit_length_arg(o):
    return o.bit_length(1)


def call_random_arg(o):
    return o.random(1)


print([call_bit_length(v) for v in (5, 255, True, I(1024), -7)])
for f, v in ((call_bit_length_arg, 5), (call_bit_length_arg, I(3)), (call_random_arg, r), (call_random_arg, r),
             (call_random_arg, random.Random(2))):
    try:
        f(v)
    except TypeError as ex:
        print("TypeError:", ex)
for v in (1, "s"):
    try:
        print(int.bit_length(v))
    except TypeError as ex:
        print("TypeError:", ex)
