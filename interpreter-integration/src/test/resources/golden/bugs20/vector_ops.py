# A 2D vector and a matrix class with operator overloading, reflected and in-place operators, hashing.
import math
from numbers import Number

class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Number):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, o):
        if isinstance(o, Vec):
            (a, b), (c, d) = self.rows
            return Vec(a * o.x + b * o.y, c * o.x + d * o.y)
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self

    def __pow__(self, n):
        result = Matrix([[1, 0], [0, 1]])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __eq__(self, o):
        return self.rows == o.rows

a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, a @ b, -a, +a, abs(a), a / 2)
print(bool(Vec()), bool(a), a == Vec(3, 4), a != b, len({a, Vec(3, 4), b}), list(a), a[1])
print(sum([a, b, Vec(1, 1)], Vec()), f"{Vec(1 / 3, 2 / 3):.3f}", round(Vec(1.26, 2.71), 1))
x, y = a
print(x, y, max([a, b], key=abs), sorted([a, b, Vec(0, 1)], key=lambda v: (v.y, v.x)))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
v = Vec(1, 1)
v += Vec(2, 2)
v *= 3
print(v)
rot = Matrix([[0, -1], [1, 0]])
print(rot @ Vec(1, 0), (rot ** 4) == Matrix([[1, 0], [0, 1]]))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib.rows[0][1])
m = Matrix([[2, 0], [0, 2]])
m @= rot
print(m)
print(divmod(17, 5), divmod(-17, 5), -17 // 5, -17 % 5, 17 % -5, pow(3, 4, 5), pow(2, -1, 7), 2 ** -2)
print(7 / 2, 7 // 2, 7.5 // 2, -7.5 % 2, 1e308 * 10, -(2 ** 63), 0.1 + 0.2, 1 / 3)
