# Comparisons of self-referential and deeply nested containers recurse inside the interpreter, not through
# Python frames; they must count against the recursion limit and raise RecursionError, as in CPython.
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except RecursionError as e:
        print(label, "-> RecursionError:", e)


def nest(n, wrap, leaf=0):
    o = leaf
    for _ in range(n):
        o = wrap(o)
    return o


# self-referential containers
d1 = {}
d1['a'] = d1
d2 = {}
d2['a'] = d2
attempt("dict ==", lambda: d1 == d2)
attempt("dict !=", lambda: d1 != d2)
l1 = []
l1.append(l1)
l2 = []
l2.append(l2)
attempt("list ==", lambda: l1 == l2)
attempt("list <", lambda: l1 < l2)
attempt("list >=", lambda: l1 >= l2)
attempt("list in", lambda: l1 in [l2])
attempt("list.index", lambda: [l2].index(l1))
attempt("list.count", lambda: [l2, l2].count(l1))
t1 = (l1,)
t2 = (l2,)
attempt("tuple ==", lambda: t1 == t2)
attempt("tuple <=", lambda: t1 <= t2)
m1 = [{'k': (1, m)} for m in [None]]
m1[0]['k'] = (1, m1)
m2 = [{'k': (1, None)}]
m2[0]['k'] = (1, m2)
attempt("mixed ==", lambda: m1 == m2)
# identity short-cuts still hold, as in CPython
attempt("same list ==", lambda: l1 == l1)
attempt("same dict ==", lambda: d1 == d1)
attempt("list contains itself", lambda: l1 in l1)

# deeply nested, not cyclic
for depth in (2000, 100000):
    attempt("nested lists %d ==" % depth, lambda: nest(depth, lambda o: [o]) == nest(depth, lambda o: [o]))
    attempt("nested lists %d <" % depth, lambda: nest(depth, lambda o: [o]) < nest(depth, lambda o: [o, 1]))
    attempt("nested tuples %d ==" % depth, lambda: nest(depth, lambda o: (o,)) == nest(depth, lambda o: (o,)))
    attempt("nested dicts %d ==" % depth, lambda: nest(depth, lambda o: {1: o}) == nest(depth, lambda o: {1: o}))

# just under the limit still works, also from inside a few frames of Python calls
limit = sys.getrecursionlimit()
attempt("nested lists limit-50 ==", lambda: nest(limit - 50, lambda o: [o]) == nest(limit - 50, lambda o: [o]))
attempt("nested dicts limit-50 !=", lambda: nest(limit - 50, lambda o: {1: o}) != nest(limit - 50, lambda o: {1: o},
                                                                                        leaf=1))


def at_depth(n, f):
    return f() if n == 0 else at_depth(n - 1, f)


a = nest(400, lambda o: [o])
b = nest(400, lambda o: [o])
attempt("nested 400 at python depth 300", lambda: at_depth(300, lambda: a == b))
attempt("nested 400 at python depth 800", lambda: at_depth(800, lambda: a == b))
attempt("count restored afterwards", lambda: at_depth(limit - 60, lambda: 1))


# __eq__ written in Python that compares containers: Python frames and comparisons share one count
class Node:
    def __init__(self):
        self.kids = []

    def __eq__(self, other):
        return isinstance(other, Node) and self.kids == other.kids

    __hash__ = None


n1 = Node()
n1.kids.append(n1)
n2 = Node()
n2.kids.append(n2)
try:
    n1 == n2
    print("Node == -> no error")
except RecursionError:
    print("Node == -> RecursionError")
x = Node()
y = Node()
for _ in range(100):
    x2 = Node()
    x2.kids.append(x)
    x = x2
    y2 = Node()
    y2.kids.append(y)
    y = y2
attempt("Node chain of 100 ==", lambda: x == y)

# a lower limit lowers the depth at which comparisons stop
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
attempt("nested 300 under limit 200", lambda: nest(300, lambda o: [o]) == nest(300, lambda o: [o]))
attempt("nested 100 under limit 200", lambda: nest(100, lambda o: [o]) == nest(100, lambda o: [o]))
sys.setrecursionlimit(old)
attempt("nested 300 under limit %d" % old, lambda: nest(300, lambda o: [o]) == nest(300, lambda o: [o]))
