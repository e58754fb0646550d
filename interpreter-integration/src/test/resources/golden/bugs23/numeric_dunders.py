"""A units-of-measure library: a Money and a Vec class with __format__ (custom spec mini-language), __index__
(slicing, bin/hex, range), __round__/__trunc__/__floor__/__ceil__, reflected and in-place operators, NotImplemented
fallbacks, __matmul__, __pow__ with modulo, __neg__/__pos__/__abs__/__invert__, __bool__/__len__ truth, __hash__
with __eq__, and the TypeErrors CPython gives when both sides decline."""
import math
import operator
from functools import total_ordering


@total_ordering
class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents, self.cur = int(cents), cur

    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"

    def __format__(self, spec):
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d") + "c"
        sym = {"EUR": "€", "USD": "$"}.get(self.cur, self.cur + " ")
        body = format(self.cents / 100, spec or ".2f")
        return sym + body

    def _coerce(self, other):
        if isinstance(other, Money):
            if other.cur != self.cur:
                raise ValueError(f"currency mismatch: {self.cur} vs {other.cur}")
            return other.cents
        if isinstance(other, int):
            return other * 100
        return NotImplemented

    def __add__(self, other):
        c = self._coerce(other)
        return NotImplemented if c is NotImplemented else Money(self.cents + c, self.cur)

    __radd__ = __add__

    def __sub__(self, other):
        c = self._coerce(other)
        return NotImplemented if c is NotImplemented else Money(self.cents - c, self.cur)

    def __rsub__(self, other):
        c = self._coerce(other)
        return NotImplemented if c is NotImplemented else Money(c - self.cents, self.cur)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k), self.cur)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        if isinstance(k, Money):
            return self.cents / k.cents
        return Money(round(self.cents / k), self.cur)

    def __floordiv__(self, k):
        return Money(self.cents // k, self.cur)

    def __mod__(self, k):
        return Money(self.cents % k, self.cur)

    def __divmod__(self, k):
        return self // k, self % k

    def __neg__(self):
        return Money(-self.cents, self.cur)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents), self.cur)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.cur) == (other.cents, other.cur)

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        return Money(round(self.cents, ndigits - 2), self.cur)

    def __trunc__(self):
        return int(self.cents / 100)

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __repr__(self):
        return f"Vec{self.xs}"

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.xs, o.xs))

    def __rmatmul__(self, o):
        return Vec(*(sum(r[i] * x for i, x in enumerate(self.xs)) for r in o))

    def __pow__(self, k, mod=None):
        return Vec(*(pow(x, k, mod) for x in self.xs))

    def __rpow__(self, base):
        return Vec(*(base ** x for x in self.xs))

    def __iadd__(self, o):
        self.xs = tuple(a + b for a, b in zip(self.xs, o.xs))
        return self

    def __invert__(self):
        return Vec(*(~x for x in self.xs))

    def __len__(self):
        return len(self.xs)


a, b = Money(1999), Money(501)
print(a + b, a - 5, 10 - b, 3 * b, b * 1.5, a / 4, a / b, a // 3, a % 7, divmod(a, 300), -a, +a is a, abs(-b))
print(f"{a}|{a:>10.1f}|{a:08,c}|{Money(123456789, 'USD'):,.2f}|{Money(5, 'GBP')}", format(a), str(a) != "", repr(a))
print(round(a), round(Money(1950)), round(Money(2050)), round(a, 1), math.trunc(Money(-1999)), math.floor(Money(-1999)),
      math.ceil(Money(-1999)), math.ceil(a), int.__name__)
print(sorted([a, b, Money(0)]), max(a, b), a > b, a >= b, b <= a, a != b, bool(Money(0)), sum([a, b], Money(0)), sum([1, a]))
print(len({a, Money(1999), b}), Money(1) == 1, Money(1) != Money(1, "USD"))
for expr in [lambda: a + Money(1, "USD"), lambda: a + 1.5, lambda: a < 3, lambda: "x" - a, lambda: a @ a,
             lambda: a ** 2, lambda: Money(1) / "x", lambda: ~a, lambda: Vec(1) + Vec(2), lambda: 3 @ Vec(1)]:
    try:
        print(expr())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
i = Idx(3)
data = list(range(10))
print(data[i], data[i:Idx(7)], data[::Idx(-3)], bin(i), hex(Idx(255)), oct(i), list(range(i)), operator.index(i),
      "abcdef"[Idx(-1)], [0] * Idx(2), (1, 2, 3, 4)[Idx(1):], int(i) if hasattr(Idx, "__int__") else "no __int__")
try:
    int(Idx(4))
    print("int() used __index__")
except TypeError as e:
    print("TypeError:", e)
try:
    data[Idx(99)]
except IndexError as e:
    print("IndexError:", e)
v = Vec(1, 2, 3)
print(v @ Vec(4, 5, 6), [[1, 0, 0], [0, 2, 0]] @ v, v ** 2, pow(v, 3, 5), 2 ** v, ~v, len(v), bool(Vec()))
w = v
v += Vec(10, 10, 10)
print(v, w is v, operator.matmul(v, v), operator.ipow(Vec(2), 3), math.floor(2.5), math.ceil(-0.5), math.trunc(-2.7))
print(round(1.23456, Idx(2)) if False else round(1.23456, 2), round(12345, -2), round(-0.5), round(0.5), round(1.5))
