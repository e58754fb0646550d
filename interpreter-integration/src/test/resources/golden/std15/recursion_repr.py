# repr and str of self-referential and deeply nested containers: cycles print as [...], {...}; nesting deeper than
# the recursion limit raises RecursionError, as in CPython; just under the limit still works.
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


l = [1]
l.append(l)
d = {'x': 1}
d['self'] = d
d['list'] = [d, l]
attempt("repr self list", lambda: repr(l))
attempt("str self dict", lambda: str(d))
attempt("repr tuple of self list", lambda: repr((l, l)))
attempt("format", lambda: "%r %s" % (l, d))
attempt("f-string", lambda: f"{l!r}|{d}")

for depth in (3000, 100000):
    attempt("repr lists %d" % depth, lambda: len(repr(nest(depth, lambda o: [o]))))
    attempt("str tuples %d" % depth, lambda: len(str(nest(depth, lambda o: (o,)))))
    attempt("repr dicts %d" % depth, lambda: len(repr(nest(depth, lambda o: {'k': o}))))
    attempt("str sets %d" % depth, lambda: len(str(nest(depth, lambda o: frozenset([o])))))

limit = sys.getrecursionlimit()
attempt("repr lists limit-50", lambda: len(repr(nest(limit - 50, lambda o: [o]))))
attempt("str dicts limit-50", lambda: len(str(nest(limit - 50, lambda o: {1: o}))))


class R:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "R(" + repr(self.inner) + ")"


attempt("user repr 200", lambda: len(repr(nest(200, lambda o: [R(o)]))))
try:
    repr(nest(5000, lambda o: [R(o)]))
    print("user repr 5000 -> no error")
except RecursionError:
    print("user repr 5000 -> RecursionError")
r = R(None)
r.inner = [r]
try:
    repr(r)
    print("user repr cycle -> no error")
except RecursionError:
    print("user repr cycle -> RecursionError")
# the count is back where it was: a repr just under the limit still works
attempt("after errors, limit-50", lambda: len(repr(nest(limit - 50, lambda o: [o]))))
