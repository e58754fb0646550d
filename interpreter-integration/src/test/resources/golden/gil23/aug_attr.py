"""Augmented assignment of attributes (o.n op= v): the start (LOAD_FAST; DUP_TOP; LOAD_ATTR) and the end (ROT_TWO;
STORE_ATTR) run fused at hot sites; every kind of attribute, errors at the right place, and line events."""
import sys


class Slots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 0.0
        self.y = 0


class Plain:
    count = 10  # a class attribute: `self.count += 1` makes an instance attribute

    def __init__(self):
        self.items = [1]
        self.s = "a"


class Prop:
    def __init__(self):
        self._v = 1
        self.log = []

    @property
    def v(self):
        self.log.append("get")
        return self._v

    @v.setter
    def v(self, value):
        self.log.append("set %r" % (value,))
        self._v = value


class Hooked:
    def __init__(self):
        object.__setattr__(self, "seen", [])
        object.__setattr__(self, "n", 0)

    def __setattr__(self, name, value):
        self.seen.append((name, value))
        object.__setattr__(self, name, value * 2)


class Fallback:
    def __getattr__(self, name):
        return 100


class Num:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        self.v += other
        return self

    def __repr__(self):
        return "Num(%r)" % self.v


def bump(o, v, times):
    for _ in range(times):
        o.x += v
        o.y -= 1
    return o.x, o.y


def bump_any(o, name_v):
    o.count += name_v
    return o.count


print(bump(Slots(), 0.5, 1000))
print(bump(Slots(), 1, 1000))
p = Plain()
print([bump_any(p, 1) for _ in range(3)], Plain.count, p.__dict__["count"])


def grow(o):
    o.items += [len(o.items)]
    o.s *= 2
    return o


g = Plain()
alias = g.items
for _ in range(4):
    grow(g)
print(g.items, alias is g.items, len(g.s))

pr = Prop()
for _ in range(3):
    pr.v += 2
print(pr.v, pr.log)

h = Hooked()
for i in range(3):
    h.n += i + 1
print(h.n, h.seen)

fb = Fallback()
fb.z += 1
print(fb.z, fb.__dict__)

n = Num(1)
holder = Plain()
holder.num = n
for _ in range(3):
    holder.num += 5
print(holder.num, holder.num is n)


# a site that sees several types, then errors
def add1(o):
    o.x += 1
    return o.x


class Other:
    x = 5


objs = [Slots(), Plain(), Other(), Slots()]
objs[1].x = 1
for _ in range(200):
    for o in objs:
        add1(o)
print([o.x for o in objs], Other.x)

for bad in [Slots.__new__(Slots), object(), 5, None, "s"]:
    try:
        add1(bad)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

s = Slots()
s.x = "str"
try:
    add1(s)
except TypeError as e:
    print("TypeError", e)
print(s.x)


def unbound():
    try:
        a.x += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    a = Slots()
    a.x += 2
    return a.x


print(unbound())


def frozen():
    import fractions
    f = fractions.Fraction(1, 2)
    try:
        f.numerator += 1
    except AttributeError as e:
        print("AttributeError", e)


frozen()

# module attribute and a global object: not the local form
import types
m = types.ModuleType("m")
m.k = 1
for _ in range(5):
    m.k += m.k
print(m.k)
G = Slots()
for _ in range(5):
    G.y += 3
print(G.y)


# line events of a multi-line augmented assignment
def traced(o):
    o.x += 1
    o.y += 2
    o.x *= (
        3)
    return o.x, o.y


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
print(traced(Slots()))
sys.settrace(None)
print(events)
print(traced(Slots()))
