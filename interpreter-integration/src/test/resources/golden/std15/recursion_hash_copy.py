# hash of deeply nested tuples and frozensets is not limited (CPython's tuple hash has no recursion check);
# deepcopy of nested structures runs into the recursion limit through Python frames and comparisons of copies of
# self-referential structures raise RecursionError (test_copy's reflexive tests).
import copy
import sys


def nest(n, wrap, leaf=0):
    o = leaf
    for _ in range(n):
        o = wrap(o)
    return o


t = nest(5000, lambda o: (o, 1))
print("hash deep tuple", hash(t) == hash(nest(5000, lambda o: (o, 1))))
print("hash deep frozenset", hash(nest(3000, lambda o: frozenset([o]))) == hash(nest(3000, lambda o: frozenset([o]))))
print("deep tuple in set", t in {t})
try:
    print("deep tuple dict key", {t: 1}[nest(5000, lambda o: (o, 1))])
except RecursionError as e:
    print("deep tuple dict key (equal hash, then ==) RecursionError:", e)
print("same deep tuple dict key", {t: 1}[t])

x = []
x.append(x)
y = copy.deepcopy(x)
print("deepcopy cycle", y is not x, y[0] is y)
for name, op in [("<", lambda a, b: a < b), ("==", lambda a, b: a == b), (">=", lambda a, b: a >= b)]:
    try:
        op(y, x)
        print("compare copy", name, "no error")
    except RecursionError as e:
        print("compare copy", name, "RecursionError:", e)

dx = {}
dx['foo'] = dx
dy = copy.deepcopy(dx)
print("deepcopy dict cycle", dy['foo'] is dy)
try:
    dy < dx
except TypeError as e:
    print("dict < TypeError:", e)
try:
    print(dy == dx)
except RecursionError as e:
    print("dict == RecursionError:", e)

small = nest(100, lambda o: [1, {'k': (o,)}])
print("deepcopy 100", copy.deepcopy(small) == small)
try:
    copy.deepcopy(nest(5000, lambda o: [o]))
    print("deepcopy 5000 no error")
except RecursionError:
    print("deepcopy 5000 RecursionError")
print("limit unchanged", sys.getrecursionlimit())
