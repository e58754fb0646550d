"""`c + a * b`, `c - a * b`, `c += a * b` and `c -= a * b` (the quickened MUL_ADD pair) at hot sites over operands
of many kinds: exact floats, ints, bools, big ints, int/float subclasses with operators, instances whose __mul__
returns odd things, NaN, infinities and signed zeros; also on attributes, list items, and under a line tracer."""
import math
import sys


class F(float):
    def __mul__(self, o):
        return F(float(self) * o + 1)


class I(int):
    def __add__(self, o):
        return "I.add(%r)" % (o,)


class M:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return M(self.v * 10 + o)

    def __rmul__(self, o):
        return M(o * 100 + self.v)

    def __radd__(self, o):
        return ("radd", o, self.v)

    def __rsub__(self, o):
        return ("rsub", o, self.v)

    def __repr__(self):
        return "M(%r)" % (self.v,)


def fmt(x):
    if isinstance(x, float):
        if x != x:
            return "nan"
        return "%r%s" % (x, "(neg)" if math.copysign(1.0, x) < 0 else "")
    return repr(x)


def add(c, a, b):
    return c + a * b


def sub(c, a, b):
    return c - a * b


def iadd(c, a, b):
    c += a * b
    return c


def isub(c, a, b):
    c -= a * b
    return c


VALUES = [1.5, -2.25, 0.0, -0.0, 3, -4, True, False, 2 ** 70, float("inf"), float("-inf"), float("nan"),
          1e308, 1e-320, F(2.0), I(3)]

# warm each site with floats first (the fast path), then everything else at the same sites
for _ in range(3000):
    add(1.0, 2.0, 3.0)
    sub(1.0, 2.0, 3.0)
    iadd(1.0, 2.0, 3.0)
    isub(1.0, 2.0, 3.0)

for fn in (add, sub, iadd, isub):
    out = []
    for c in VALUES:
        for a in VALUES[:8] + VALUES[-6:]:
            for b in (0.5, -0.0, 7, 1e308, F(1.5)):
                try:
                    out.append(fmt(fn(c, a, b)))
                except Exception as e:
                    out.append(type(e).__name__)
    print(fn.__name__, len(out))
    for i in range(0, len(out), 14):
        print(" ", " ".join(out[i:i + 14]))

for fn in (add, sub, iadd, isub):
    for args in ((1.0, M(2), 3.0), (1.0, 3.0, M(2)), (M(1), 2.0, 3.0), ("s", 2.0, 3.0), ([1.0], [2.0], 2),
                 (1.0, "ab", 2), (2, 3, 4), (2 ** 64, 2 ** 64, 3), (1.0, None, 2.0), (None, 1.0, 2.0)):
        try:
            print(fn.__name__, args, "->", fmt(fn(*args)))
        except Exception as e:
            print(fn.__name__, args, "->", type(e).__name__, e)


class Body:
    __slots__ = ("x", "vx")

    def __init__(self):
        self.x = 0.0
        self.vx = 1.0


b = Body()
xs = [0.0, 1.0, 2.0]
dt = 0.01
for i in range(20000):
    b.x += dt * b.vx
    b.vx -= dt * b.x
    xs[i % 3] += dt * xs[(i + 1) % 3]
    xs[(i + 2) % 3] -= xs[i % 3] * dt
print("%.12f %.12f" % (b.x, b.vx), ["%.12f" % v for v in xs])

# the pair across lines: the tracer sees each line once per pass, and the values agree
events = []


def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "traced":
        events.append(frame.f_lineno - frame.f_code.co_firstlineno)
    return tracer


def traced(c, a, b):
    r = (c +
         a *
         b)
    r -= (a
          * b)
    return r + a * b


sys.settrace(tracer)
vals = [traced(1.0, 2.0, 3.0), traced(1, 2, 3), traced(0.5, 2.0, 3)]
sys.settrace(None)
print(vals, events)

# sum of products in a generator and a comprehension (the spectral_norm shape)
u = [1.0 / (i + 1) for i in range(50)]
print("%.12f" % sum(u[i] * u[-i - 1] for i in range(50)), "%.12f" % sum([0.5 + x * x for x in u]))
