"""A 2-D/3-D vector and money-like numeric types implementing the numeric protocol."""
import math
import cmath
import numbers
from functools import reduce


class Vector:
    __match_args__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __iter__(self):
        yield from (self.x, self.y, self.z)

    def __repr__(self):
        return "Vector({}, {}, {})".format(*(round(c, 6) for c in self))

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-c for c in self))

    def __pos__(self):
        return self

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if not isinstance(k, numbers.Real):
            return NotImplemented
        return Vector(*(c * k for c in self))

    __rmul__ = __mul__

    def __matmul__(self, other):
        a, b = self, other
        return Vector(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)

    def __truediv__(self, k):
        return Vector(*(c / k for c in self))

    def __abs__(self):
        return math.hypot(*self)

    def __bool__(self):
        return any(self)

    def __eq__(self, other):
        return isinstance(other, Vector) and all(math.isclose(a, b, abs_tol=1e-9) for a, b in zip(self, other))

    def __hash__(self):
        return hash(tuple(self))

    def __round__(self, n=None):
        return Vector(*(round(c, n) for c in self))

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def __format__(self, spec):
        return "<" + ", ".join(format(c, spec) for c in self) + ">"

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        self.z += other.z
        return self


a, b = Vector(1, 2, 3), Vector(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, a * b, a @ b, abs(Vector(3, 4)), -a, +a, a / 2)
print(f"{a:.2f}", f"{Vector(1 / 3, 2 / 3):8.3e}", round(Vector(1.23456, 2.5), 1), a[1:], list(a), bool(Vector()))
x, y, z = b
print(x, y, z, a == Vector(1, 2, 3.0000000001), a != b, {a: 1}[Vector(1, 2, 3)])
c = a
c += b
print(c is a, a)
match Vector(0, 5, 0):
    case Vector(0, y, 0):
        print("on the y axis at", y)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
print(sum([a, b, Vector(1, 1, 1)], Vector()), reduce(lambda p, q: p @ q, [Vector(1, 0, 0), Vector(0, 1, 0)]))
angle = math.degrees(math.acos((Vector(1, 0) * Vector(1, 1)) / (abs(Vector(1, 0)) * abs(Vector(1, 1)))))
print(f"angle {angle:.4f}")
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1))
print(math.isclose(1.0, 1.0 + 1e-10), math.copysign(3, -0.0), math.frexp(10.0), math.ldexp(0.625, 4), math.trunc(-2.7))
print(math.floor(-2.5), math.ceil(-2.5), math.modf(3.75), math.fmod(-7, 3), math.remainder(7, 3), math.gcd(12, 18, 27))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.exp(1) == math.e, math.expm1(1e-10))
print(math.sqrt(2), round(math.cbrt(27), 12) if hasattr(math, "cbrt") else 3.0, math.pow(2, 0.5), math.tau / 2 == math.pi, math.inf > 1e308)
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308), math.nextafter(1.0, 2.0) - 1.0, math.ulp(1.0))
print(math.sin(math.pi / 6), math.atan2(1, -1), math.radians(180), math.erf(1), math.gamma(5), math.lgamma(10))
print(cmath.sqrt(-4), cmath.exp(1j * math.pi), cmath.phase(-1), abs(3 + 4j), cmath.polar(1j), cmath.rect(2, 0))
print((1 + 2j) * (3 - 1j), (1 + 2j).conjugate(), complex("1+2j"), complex(1, -0.0), 1j ** 2, (2 + 0j) ** 0.5)
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex), issubclass(bool, numbers.Number))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: 1 / 0.0, lambda: math.factorial(-1), lambda: 10.0 ** 400):
    try:
        bad()
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(float("1e309"), float("-inf"), 1e308 * 10, -(0.0), 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789012345678.0)
print(float.fromhex("0x1.8p1"), (0.5).hex(), (2.5).as_integer_ratio(), (1e100).is_integer(), int(1e20), float(2 ** 63))
