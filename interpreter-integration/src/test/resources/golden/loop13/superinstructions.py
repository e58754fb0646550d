# Adjacent instructions that a compiler could fuse into one superinstruction (LOAD_FAST LOAD_FAST, STORE_FAST
# LOAD_FAST, LOAD_FAST LOAD_CONST, LOAD_FAST LOAD_ATTR, COMPARE + conditional jump): their results, and the cases
# where a fused fast path would not apply (unbound locals, attribute errors, comparisons of non-numbers).
import math


def lines_of(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def pairs(n):
    a = 1
    b = 2.5
    s = 0
    for i in range(n):
        s = s + a + b + i
        t = s
        u = t
    return s, t, u


def unbound_second():
    a = 1
    if a > 5:
        b = 2
    try:
        return a + b
    except UnboundLocalError as e:
        return type(e).__name__, str(e), lines_of(e)


def unbound_after_store():
    x = 3
    try:
        y = x
        return y + z
    except UnboundLocalError as e:
        return str(e), lines_of(e)
    z = 1


class P:
    def __init__(self, x):
        self.x = x

    @property
    def bad(self):
        raise ValueError("getter")

    def __lt__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return Truthy(self.x < other.x)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


def attrs():
    p = P(4)
    q = math
    r = [p.x, q.pi > 3]
    try:
        r.append(p.y)
    except AttributeError as e:
        r.append((str(e), lines_of(e)))
    try:
        r.append(p.bad)
    except ValueError as e:
        r.append((str(e), lines_of(e)))
    return r


def compares():
    out = []
    vals = [0, 1, -1, 2 ** 70, 1.5, -0.0, 0.0, float("nan"), float("inf"), True, "a", "b", P(1), P(2)]
    for a in vals:
        for b in vals:
            row = []
            try:
                if a < b:
                    row.append("lt")
                if not a <= b:
                    row.append("gt")
                if a == b:
                    row.append("eq")
                if a != b:
                    row.append("ne")
                if a >= b:
                    row.append("ge")
                if not a > b:
                    row.append("le")
            except TypeError as e:
                row.append("TypeError")
            out.append("".join(row[:3]))
    return out


def loops():
    i = 0
    n = 0
    while i < 1000:
        if i % 7 == 3:
            n += 1
        elif 2.0 * i > 1500.5:
            n += 2
        i += 1
    j = 10
    while not j <= 0:
        j -= 3
    return n, i, j


print(pairs(10))
print(unbound_second())
print(unbound_after_store())
print(attrs())
print(compares())
print(loops())
