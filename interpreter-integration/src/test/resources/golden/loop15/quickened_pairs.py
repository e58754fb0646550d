# Pairs of instructions that the interpreter runs as one (LOAD_FAST LOAD_ATTR, LOAD_FAST LOAD_FAST): their results,
# their errors at the right line, and line events of a trace function that starts and stops while such pairs run
# (a traced pair runs as its two instructions; after the trace ends the pairs run fused again).
import sys


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Boom:
    @property
    def x(self):
        raise KeyError("inside the property")


def dot(a, b):
    return a.x * b.x + a.y * b.y


def three(a, b, c):
    return a + b.x + c


def chain(a, b):
    t = a
    u = b
    return t.x + u.y + t.y + u.x


def lines_of(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def unbound_object():
    try:
        return q.x
    except UnboundLocalError as e:
        print("unbound:", e, lines_of(e))
    q = 1


def unbound_second():
    a = 1
    try:
        return a + b
    except UnboundLocalError as e:
        print("unbound:", e, lines_of(e))
    b = 1


def missing_attribute(o):
    try:
        return o.nothing
    except AttributeError as e:
        print("attribute:", e, lines_of(e))


def raising_property(o):
    try:
        return o.x
    except KeyError as e:
        print("property:", e, lines_of(e))


def loop(n):
    s = 0
    p = V(1, 2)
    q = V(3, 4)
    for i in range(n):
        s = s + dot(p, q) + three(i, p, i) + chain(p, q)
    return s


print(loop(1000))
unbound_object()
unbound_second()
missing_attribute(V(1, 2))
missing_attribute(3)
raising_property(Boom())
# a different type at the same pair: the attribute's cache sees both
print(dot(V(1.5, 2), V(2, 0.5)), dot(V("a", ""), V(3, 0)))

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("dot", "chain", "three"):
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
r = dot(V(1, 2), V(3, 4)), chain(V(1, 2), V(3, 4)), three(1, V(2, 0), 3)
sys.settrace(None)
print(r)
for e in events:
    print(*e)
print(loop(500))
unbound_second()
raising_property(Boom())
