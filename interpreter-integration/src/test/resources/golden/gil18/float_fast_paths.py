# Arithmetic, comparisons, min/max/sorted and int()/float() at warm sites with exact ints and floats and with
# operands the fast paths must leave to the general path: bools, int and float subclasses overriding operators,
# NaN, signed zeros, big ints, instances with __float__/__index__. Each site runs in a loop so that it is hot.
import math


class F(float):
    def __add__(self, o):
        return "F.add"

    def __radd__(self, o):
        return "F.radd"

    def __mul__(self, o):
        return "F.mul"

    def __lt__(self, o):
        return "F.lt"

    def __gt__(self, o):
        return "F.gt"

    def __le__(self, o):
        return "F.le"


class I(int):
    def __add__(self, o):
        return "I.add"

    def __sub__(self, o):
        return "I.sub"

    def __lt__(self, o):
        return "I.lt"


class PlainF(float):
    pass


class HasFloat:
    def __float__(self):
        return 2.5

    def __index__(self):
        return 7


def binary_site(a, b):
    return a + b, a - b, a * b


def compare_site(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


def minmax_site(a, b):
    return min(a, b), max(a, b)


def show(v):
    if isinstance(v, float):
        return "%s:%r" % (type(v).__name__, v)
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ")"
    return "%s:%r" % (type(v).__name__, v)


nan = float("nan")
pairs = [
    (1.5, 2.25), (2.25, 1.5), (3, 0.5), (0.5, 3), (True, 1.5), (1.5, False), (True, True), (2, 3),
    (-0.0, 0.0), (0.0, -0.0), (nan, 1.0), (1.0, nan), (nan, nan), (math.inf, -math.inf),
    (10 ** 30, 1.5), (1.5, 10 ** 30), (2 ** 63, 2.0), (F(1.5), 2.0), (2.0, F(1.5)), (I(5), 2), (2, I(5)),
    (I(5), 2.5), (PlainF(1.25), 2), (3, PlainF(0.5)),
]
for rounds in range(3):
    out = []
    for _ in range(200):
        for a, b in pairs:
            out.append((binary_site(a, b), compare_site(a, b), minmax_site(a, b)))
    if rounds == 2:
        for (a, b), (bi, co, mm) in zip(pairs, out[:len(pairs)]):
            print(show(a), show(b), "|", show(bi), "|", co, "|", show(mm))

# min/max/sorted over floats with NaN and signed zeros (the first of equals wins; NaN compares false)
for _ in range(300):
    r = (min(0.0, -0.0), min(-0.0, 0.0), max(0.0, -0.0), max(nan, 1.0), max(1.0, nan), min(nan, 1.0),
         min([3.5, 1.25, 2.0]), max([3.5, 1.25, 2.0, 3.5]), min(1.0, 1), max(1, 1.0), min(2.5, True))
print(show(r))
print(sorted([3.5, -0.0, 0.0, 1.25, -2.0, 1.25]), sorted([2.0, 1, True, 0.5, -1]))
print([show(x) for x in sorted([PlainF(2.0), 1.0, PlainF(0.5)])])
print(min(F(1.0), F(2.0)), max(2.0, F(1.0)))
try:
    min(1.0, "a")
except TypeError as e:
    print("TypeError", e)

# int() and float() at one hot site, every kind of argument
def conv_site(t, x):
    return t(x)


args = [2.75, -2.75, 1e18, -1e19, 7, True, 10 ** 25, PlainF(3.5), I(4), HasFloat(), "12", " 3.5 ", 2.5e-300]
for _ in range(200):
    res = []
    for t in (int, float):
        for x in args:
            try:
                res.append(show(conv_site(t, x)))
            except (TypeError, ValueError, OverflowError) as e:
                res.append(type(e).__name__)
print(res)
for bad in (nan, math.inf, -math.inf):
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
# unary minus and augmented assignment on attributes and list items
class P:
    __slots__ = ("x",)


p = P()
p.x = 1.5
lst = [0.5, 2]
for i in range(100):
    p.x -= 0.25 * i
    lst[0] += -p.x
    lst[1] *= 1
print(show(p.x), show(lst[0]), show(lst[1]), show(-p.x), show(-0.0), show(-(-0.0)), show(-True))
