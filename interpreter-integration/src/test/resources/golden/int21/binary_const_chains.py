# `x op1 y op2 k` with k an int constant (BINARY; LOAD_CONST k; BINARY in one dispatch when quickened): ints of
# machine size and beyond, overflow at 64 bits, bools, int subclasses, floats, zero divisors, `/` of ints around 2**53
# and beyond (correctly rounded, signed zeros), operator methods, errors, and the same sites warmed by a loop.


def chains(a, b):
    return [
        a * b // 2,
        a + b + 1,
        a - b - 3,
        a * b % 7,
        a * b % -3,
        a * b // -2,
        a & b | 1,
        a ^ b ^ 5,
        a | b & 6,
        (a + b) / 2,
        a * b * 2,
        a - b + 0,
        (a + b) << 1,
        (a - b) ** 2,
    ]


def divided(a, b):
    return a / b * 3


VALUES = [0, 1, -1, 2, 3, -7, 1023, 1024, 1025, 2 ** 31, -2 ** 31, 3037000499, 3037000500, -3037000500,
          2 ** 53, 2 ** 53 + 1, -2 ** 53 - 1, 2 ** 62, -2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -2 ** 70,
          3.5, -0.0, 1e308, float("inf"), True, False]


def show(f, a, b):
    try:
        return repr(f(a, b))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for a in VALUES:
    for b in VALUES:
        print(a, b, show(chains, a, b), show(divided, a, b))

# the same sites, warm: results must not change after many runs
total = 0
for i in range(3000):
    r = chains(i * 7919 - 10000, i % 97 - 48)
    total += r[0] + r[1] + r[3] + r[5] + r[6] + r[10]
    total += int(r[9] * 2)
print("warm total", total)
fl = 0.0
for i in range(3000):
    fl += (i * 0.5 + 1) / 3 + (i / 7 * 2)
print("warm floats %.6f" % fl)


class I(int):
    pass


class N:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return N(self.v * (o.v if isinstance(o, N) else o))

    def __floordiv__(self, o):
        return N(self.v // o)

    def __add__(self, o):
        return N(self.v + o)

    def __repr__(self):
        return "N(%r)" % self.v


print(chains(I(5), I(6))[:4], type(I(5) * I(6) // 2).__name__)
print(N(3) * N(4) // 2, N(3) * 4 + 1)


def spectral(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


print(["%.12f" % spectral(i, j) for i in (0, 1, 500, 2 ** 31) for j in (0, 7, 2 ** 31)])


def zero(a, b):
    return a * b // 0


def zero_mod(a, b):
    return a + b % 0


def zero_div(a, b):
    return (a + b) / 0


for f in (zero, zero_mod, zero_div):
    for a, b in ((3, 4), (3.0, 4), (2 ** 63 - 1, 1)):
        print(f.__name__, a, b, show(f, a, b))
print(show(lambda a, b: (a + b) * 2 - 1, "ab", "c"))
print(show(lambda a, b: (a + b) * 2 - 1, [1], [2]))
print(show(lambda a, b: a + b + 1, "x", "y"))
print(show(lambda a, b: a + b + 1, None, 1))

# int / int beyond 2**53: correctly rounded (half to even), signed zeros, overflow
for a, b in ((9007199254740993, 2147483648), (9007199254740993, 4611686018427387904), (0, -9007199254740993),
             (-0, -(10 ** 30)), (10 ** 30, 3), (-(10 ** 30), 7), (2 ** 64 + 1, 2 ** 11), (1, 3 * 10 ** 20),
             (10 ** 400, 10 ** 390), (1, 10 ** 400), (-1, 10 ** 400), (2 ** 1100, 3), (123456789 ** 5, 987654321)):
    print(a, b, show(lambda x, y: x / y, a, b))
