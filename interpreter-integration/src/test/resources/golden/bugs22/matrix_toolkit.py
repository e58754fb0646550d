"""A small matrix/linear-algebra toolkit with operator overloading and Fractions for exact results."""
from fractions import Fraction
from functools import reduce
from itertools import product
import operator


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[Fraction(int(i == j)) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max((len(c) for r in cells for c in r), default=1)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def _zip(self, other, op):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, operator.add) if isinstance(other, Matrix) else NotImplemented

    def __sub__(self, other):
        return self._zip(other, operator.sub)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        return reduce(operator.matmul, [self] * k, Matrix.identity(self.n))

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return self.n

    def __bool__(self):
        return any(any(r) for r in self.rows)

    @property
    def shape(self):
        return self.n, self.m

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        n, sign, d = self.n, 1, Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                sign = -sign
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return sign * d

    def inverse(self):
        n = self.n
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = max(range(c, n), key=lambda r: abs(a[r][c]))
            if a[p][c] == 0:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[p] = a[p], a[c]
            piv = a[c][c]
            a[c] = [x / piv for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(A + B, (A - B)[0, 2], repr(2 * A), sep="\n")
print(A @ B)
print("det", A.det(), B.det(), Matrix([[1, 2], [2, 4]]).det())
Ai = A.inverse()
print(Ai)
print(A @ Ai == Matrix.identity(3), (A ** 3)[1, 1], A.T.shape, len(A), bool(A * 0), list(map(sum, A)))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
for bad in (lambda: Matrix([[1, 2], [3]]), lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: A + 1, lambda: hash(A)):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
v = Matrix([[Fraction(1, 2)], [Fraction(-1, 3)], [Fraction(5, 7)]])
print((Ai @ v).T, sum(x * y for (x,), (y,) in zip(v, v)))
print(sorted(product(range(2), repeat=2)), -Matrix([[1, -1]]), Matrix([[1.5, 2.25]]) * 2)
