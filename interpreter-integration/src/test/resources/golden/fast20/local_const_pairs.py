"""A local followed by a constant (LOAD_FAST LOAD_CONST, one dispatch once quickened): results over operand kinds,
unbound locals, errors raised by the operation after the pair, the pair split over lines under sys.settrace, and
the fannkuch / spectral_norm shapes that use it most."""
import sys


def arith(x):
    out = []
    out.append(x + 1)
    out.append(x - 1)
    out.append(x * 2)
    out.append(x // 2)
    out.append(x % 3)
    out.append(x ** 2)
    out.append(x / 4)
    return out


for v in (0, 1, -7, 2 ** 70, 3.5, -0.0, float("inf"), True, False):
    print(repr(v), arith(v))


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return "Num+%r" % (o,)

    def __floordiv__(self, o):
        raise ZeroDivisionError("custom %r" % (o,))

    def __getitem__(self, k):
        return ("item", k)


n = Num(3)
print(n + 1, n[0], n["k"])
try:
    n // 2
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

for bad in ("s", None, [1], (2,)):
    try:
        bad + 1
    except TypeError as e:
        print("TypeError", e)

s = "abc"
print(s + "d", s[0], s[-1], s * 2)
lst = [10, 20, 30]
print(lst[0], lst[2], lst[-1], lst + [4])
d = {"a": 1, None: 2}
print(d["a"], d[None])
try:
    lst[5]
except IndexError as e:
    print("IndexError", e)


def unbound_first():
    if False:
        x = 0
    return x + 1


def unbound_in_aug():
    y += 1
    return y


def unbound_after_del(z):
    del z
    return z[0]


for fn, args in ((unbound_first, ()), (unbound_in_aug, ()), (unbound_after_del, ([1],))):
    try:
        fn(*args)
    except UnboundLocalError as e:
        print(fn.__name__, "UnboundLocalError", e)


def count_down(r):
    steps = 0
    while r > 1:
        r -= 1
        steps += 1
    return steps, r


print(count_down(10), count_down(0), count_down(1.5))


def flips(p):
    n = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        n += 1
        first = p[0]
    return n, p


print(flips([3, 1, 2, 0]), flips([0, 1]), flips([2, 0, 1]))


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


print([round(a(i, j), 12) for i in range(3) for j in range(3)])
print(sum(a(i, 7) * 2.0 for i in range(50)))
print(a(10 ** 20, 3))


def gen(k):
    for i in range(k):
        yield i * 2
        yield i + 100


print(list(gen(3)))


def closure(k):
    def inner(m):
        return m + 1, k
    return inner(k)


print(closure(41))


def split(a):
    return (a
            + 1)


def split2(b):
    return b[
        0]


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("split", "split2", "count_down"):
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
split(5)
split2([9])
count_down(3)
sys.settrace(None)
print(events)
print(split(5), split2([9]), count_down(4))
