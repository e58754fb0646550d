"""`o.n = v` with both operands locals (one dispatch after quickening: LOAD_FAST v; LOAD_FAST o; STORE_ATTR n):
slots, instance dicts, properties, __setattr__, read-only objects, unbound locals in either position, and the
line an error is reported at, through warmed sites."""
import sys


class S:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class D:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class P:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val * 10


class Logged:
    def __setattr__(self, name, val):
        object.__setattr__(self, name, (name, val))


def put(o, v):
    o.x = v
    return o


def put_many(objs, vals):
    out = []
    for o, v in zip(objs, vals):
        try:
            o.x = v
            out.append(getattr(o, "x", "?"))
        except (AttributeError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def unbound_value(o):
    if o is None:
        v = 1
    o.x = v  # noqa: F821 - v unbound when o is not None
    return o


def unbound_target(v, make):
    if make:
        o = S(0, 0)
    o.x = v
    return o.x


def same_local(o):
    o.me = o
    return o.me is o


def line_of_error():
    o = 5
    v = 1
    try:
        o.x = v
    except AttributeError:
        return sys.exc_info()[2].tb_lineno - line_of_error.__code__.co_firstlineno


total = 0
for i in range(3000):
    s = S(i, -i)
    d = D(i, str(i))
    total += s.x + s.y + d.a + len(d.b)
print(total)

p = P()
for i in range(50):
    put(p, i)
    p.v = i
print(p.v, p.x)

objs = [S(1, 2), D(1, 2), P(), Logged(), 3, "s", object(), S(0, 0)]
for rnd in range(20):
    r = put_many(objs, range(rnd, rnd + len(objs)))
print(r)

for k in range(2):
    try:
        unbound_value(S(0, 0))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        print(unbound_target(7, k == 1))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

print(all(same_local(D(0, 0)) for _ in range(100)))
print([line_of_error() for _ in range(3)])

lines = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "put":
        lines.append((event, frame.f_lineno - put.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
put(D(0, 0), 5)
sys.settrace(None)
print(lines)
