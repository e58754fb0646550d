"""A units-of-measure numeric type: operator overloading, reflected ops, __index__, __bool__, rounding."""
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, getcontext, InvalidOperation
import math
import numbers
import operator


class Length:
    __slots__ = ("m",)
    units = {"m": 1, "cm": Fraction(1, 100), "km": 1000, "in": Fraction(254, 10000)}

    def __init__(self, value, unit="m"):
        self.m = Fraction(value) * self.units[unit]

    def __repr__(self):
        return f"Length({float(self.m):g} m)"

    def __add__(self, other):
        if isinstance(other, Length):
            return Length(self.m + other.m)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, numbers.Real):
            return Length(self.m * Fraction(k))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Length):
            return self.m / other.m
        return Length(self.m / Fraction(other))

    def __neg__(self):
        return Length(-self.m)

    def __abs__(self):
        return Length(abs(self.m))

    def __bool__(self):
        return self.m != 0

    def __eq__(self, other):
        return isinstance(other, Length) and self.m == other.m

    def __lt__(self, other):
        if not isinstance(other, Length):
            return NotImplemented
        return self.m < other.m

    def __hash__(self):
        return hash(self.m)

    def __round__(self, nd=None):
        return Length(round(self.m, nd))

    def __format__(self, spec):
        return format(float(self.m), spec) + " m"


a, b = Length(150, "cm"), Length(2)
print(a + b, 3 * a, a * 0.5, b / a, a / 4, -a, abs(-a), sum([a, b, a]), bool(Length(0)), round(Length("1.26"), 1))
print(sorted([b, a]), a == Length(1.5), {a: 1}[Length(150, "cm")], f"{a:.3f}")
for expr in [lambda: a + 1, lambda: a * "x", lambda: 1 - a, lambda: a < 3]:
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)


class Index:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


lst = list(range(10))
print(lst[Index(3)], lst[Index(1):Index(4)], hex(Index(255)), bin(Index(5)), "ab" * Index(2), range(Index(3)))
print(operator.index(Index(7)), int.__index__(5), math.factorial(Index(5)), (1).bit_length(), (255).bit_count())
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * 2.0
except TypeError as e:
    print("TypeError:", e)
print(7 // -2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), divmod(7.5, -2), (-7.5) % 2, 2 ** -1, (-8) ** (1 / 3))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(125, -1), round(135, -1), round(1e20, -19))
print(int("1_000"), int("0x1F", 16), int("z", 36), int(" -42 "), float("  1e3"), float("-inf"), int(-3.9), int(True))
for bad in ["1.5", "0x", "1__0", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(Fraction(3, 4) + 1, Fraction("1.25"), Fraction(1, 3) * 3 == 1, Fraction(0.1).limit_denominator(100), float(Fraction(1, 8)))
print(Fraction(7, 2).__floor__(), math.floor(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), Fraction(1, 3) ** 2)
print(Decimal("1.10") + Decimal("2.205"), Decimal("10") / Decimal("3"), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP))
print(Decimal(0.1), Decimal("1e-7"), Decimal("-0"), Decimal("123.4500").normalize(), Decimal(2).sqrt(), Decimal("NaN").is_nan())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("1234567.89") + 0, +Decimal("1.23456789"))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__mro__[1].__name__)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError:", e)
print(complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), (2j) ** 2, 1j ** 0.5)
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Rational), isinstance(Fraction(1), numbers.Rational), isinstance(Decimal(1), numbers.Real))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3]), math.comb(10, 3), math.isqrt(99))
print(float.hex(0.1), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), (2.5).is_integer(), 1e308 * 10, -1e308 * 10)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 20 / 3, 10 ** 20 // 3, -(10 ** 20) >> 3, 1 << 70, (1 << 70) & 0xFF, ~5, -5 & 0xF, 5 ^ -1)
