"""`a op b` of two locals, and `c op2 (a op1 b)` with c below them, over many operand types.

The interpreter quickens `LOAD_FAST a; LOAD_FAST b; BINARY op` into one dispatch, and with a second
operator after it computes both on doubles for three floats; every other case must behave exactly as the
operators run one by one (results, exceptions, operator methods, their order).
"""
import sys


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("  Num.__add__", self.v, o)
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        print("  Num.__radd__", self.v, o)
        return Num(o + self.v)

    def __mul__(self, o):
        print("  Num.__mul__", self.v, o)
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    def __rsub__(self, o):
        print("  Num.__rsub__", self.v, o)
        return Num(o - self.v)

    def __isub__(self, o):
        print("  Num.__isub__", self.v, o)
        self.v -= o
        return self

    def __repr__(self):
        return "Num(%r)" % (self.v,)


class MyInt(int):
    def __add__(self, o):
        return "MyInt.__add__(%d, %r)" % (int(self), o)


class MyFloat(float):
    def __mul__(self, o):
        return "MyFloat.__mul__(%r, %r)" % (float(self), o)


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))


def each(a, b):
    """Every operator by itself, so one failure does not hide the others."""
    out = []
    for f in (lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
              lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a & b,
              lambda a, b: a | b, lambda a, b: a ^ b):
        try:
            out.append(repr(f(a, b)))
        except Exception as e:
            out.append(type(e).__name__)
    return " ".join(out)


def chain_sub(c, a, b):
    c -= a * b
    return c


def chain_add(c, a, b):
    return c + a * b


def chain_div(c, a, b):
    return c / (a * b)


def chain_all(c, a, b):
    return (c + a * b, c - a * b, c * (a * b), c + a / b, c - a + b, c * a - b, c / (a - b), c - (a / b),
            c + a // b, c % (a * b))


def inplace(a, b):
    x = a
    x += b
    y = a
    y *= b
    z = a
    z -= b
    return x, y, z


def unbound_first(flag):
    if flag:
        a = 1.0
    b = 2.0
    return a * b


def unbound_second(flag):
    a = 1.0
    if flag:
        b = 2.0
    return a * b


def unbound_chain(flag):
    c = 3.0
    a = 1.0
    if flag:
        b = 2.0
    return c - a * b


def three_locals(x, a, b):
    return (x, a * b)


def split_lines(c, a, b):
    return (c
            -
            a
            *
            b)


def nbody_pair(a, b, dt):
    dx = a[0] - b[0]
    dy = a[1] - b[1]
    dz = a[2] - b[2]
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * d2 ** 0.5)
    bm = b[3] * mag
    am = a[3] * mag
    va = [0.0, 0.0, 0.0]
    vb = [0.0, 0.0, 0.0]
    va[0] -= dx * bm
    va[1] -= dy * bm
    va[2] -= dz * bm
    vb[0] += dx * am
    vb[1] += dy * am
    vb[2] += dz * am
    return d2, mag, va, vb


VALUES = [0, 1, -1, 2, 7, -7, 2 ** 62, -2 ** 63, 2 ** 63 - 1, 2 ** 64, -2 ** 70, True, False,
          0.0, -0.0, 1.5, -2.25, 1e308, -1e-310, float("inf"), float("-inf"), float("nan"),
          MyInt(5), MyFloat(2.5), "ab", [1], None]


BIG = [2 ** 64, -2 ** 70]


def main():
    for a in VALUES:
        for b in VALUES:
            if {type(a), type(b)} & {str, list} and (a in BIG or b in BIG) or type(a) is str and type(b) is list:
                continue  # a sequence repeated a huge number of times: OverflowError in CPython (not here yet)
            print(repr(a), repr(b), each(a, b))
    print("-- chains")
    floats = [0.0, -0.0, 1.0, -3.5, 1e308, 1e-320, float("inf"), float("nan"), 3, True, 2 ** 40, MyFloat(1.5)]
    for c in (1.0, -0.0, float("inf"), 3, MyFloat(1.5)):
        for a in floats:
            for b in floats:
                out = []
                for f in (chain_sub, chain_add, chain_div, chain_all):
                    try:
                        out.append(repr(f(c, a, b)))
                    except Exception as e:
                        out.append(type(e).__name__ + ": " + str(e))
                print(repr(c), repr(a), repr(b), " | ".join(out))
    print("-- operator methods")
    show("chain_sub Num", chain_sub, Num(10), 2, 3)
    show("chain_sub Num b", chain_sub, 10, Num(2), 3)
    show("chain_sub c Num", chain_sub, Num(10), Num(2), 3)
    show("chain_add str", chain_add, "x", "y", 3)
    show("chain_add list", chain_add, [0], [1], 2)
    show("chain_add None", chain_add, None, 1.0, 2.0)
    show("chain_add float None", chain_add, 1.0, None, 2.0)
    show("chain_sub MyInt", chain_sub, 1.0, MyInt(3), 2.0)
    show("chain_add MyInt", chain_add, MyInt(1), 3.0, 2.0)
    show("inplace floats", inplace, 1.5, 2.0)
    show("inplace ints", inplace, 7, 3)
    show("inplace big", inplace, 2 ** 63 - 1, 2)
    show("inplace str", inplace, "ab", "c")
    show("inplace list", inplace, [1], [2])
    show("inplace Num", inplace, Num(4), 2)
    show("three_locals", three_locals, 9, 1.5, 4.0)
    show("split_lines", split_lines, 5.0, 1.5, 2.0)
    for flag in (True, False):
        show("unbound_first %s" % flag, unbound_first, flag)
        show("unbound_second %s" % flag, unbound_second, flag)
        show("unbound_chain %s" % flag, unbound_chain, flag)
    print("-- warm")
    p1 = (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, 0.0376)
    p2 = (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, 0.0112)
    acc = 0.0
    for i in range(5000):
        d2, mag, va, vb = nbody_pair(p1, p2, 0.01 + i * 1e-6)
        acc = chain_add(acc, va[0], vb[1])
        acc = chain_sub(acc, d2, mag)
    print(repr(acc), repr(nbody_pair(p1, p2, 0.01)))
    t = 0
    for i in range(5000):
        j = i * 3
        t = chain_add(t, i, j)
        t = chain_sub(t, j, 2)
    print(t)
    # the warm sites meet other types after the loop
    show("warm chain_sub big", chain_sub, 2 ** 63 - 1, 2 ** 40, 2 ** 40)
    show("warm chain_add zero", chain_div, 1.0, 0.0, 2.0)
    show("warm chain_add -0.0", chain_div, 1.0, -0.0, 2.0)
    show("warm nbody_pair same", nbody_pair, p1, p1, 0.01)
    print("-- trace")
    events = []

    def tracer(frame, event, arg):
        if frame.f_code is split_lines.__code__ and event == "line":
            events.append(frame.f_lineno - split_lines.__code__.co_firstlineno)
        return tracer

    sys.settrace(tracer)
    r = split_lines(5.0, 1.5, 2.0)
    sys.settrace(None)
    print(r, events)


main()
