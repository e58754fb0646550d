"""Exact linear algebra with fractions: elimination, determinant, inverse."""
from fractions import Fraction as F
from functools import reduce
from itertools import starmap
import operator


class Matrix:
    def __init__(self, rows):
        self.rows = [[F(x) for x in row] for row in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(starmap(operator.mul, zip(r, c))) for c in cols] for r in self.rows])

    def __mul__(self, k):
        return Matrix([[k * x for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([list(map(operator.add, a, b)) for a, b in zip(self.rows, other.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def __str__(self):
        cells = [[str(x) for x in row] for row in self.rows]
        w = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + " ".join(c.rjust(w) for c in row) + " ]" for row in cells)

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def det(self):
        a = [row[:] for row in self.rows]
        sign, d = 1, F(1)
        for col in range(self.n):
            pivot = next((r for r in range(col, self.n) if a[r][col] != 0), None)
            if pivot is None:
                return F(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                sign = -sign
            d *= a[col][col]
            for r in range(col + 1, self.n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return sign * d

    def inverse(self):
        n = self.n
        a = [row[:] + [F(int(i == j)) for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if a[pivot][col] == 0:
                raise ZeroDivisionError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([row[n:] for row in a])


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(A)
print("det", A.det())
Ai = A.inverse()
print(Ai)
print(A @ Ai == Matrix.identity(3))
print(repr(Ai.transpose()))
H = Matrix([[F(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det", H.det(), float(H.det()))
print((H.inverse() @ H) == Matrix.identity(4))
print(H.inverse()[0, 0], H.inverse()[3, 3])
print(2 * A + A * F(1, 2))
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(F(3, 4) + F(1, 6), F("2.5"), F(0.1), F(0.1).limit_denominator(100), F("-7/21"))
print(F(22, 7).numerator, F(22, 7).denominator, round(F(22, 7), 3), F(7, 2).__floor__(), F(-7, 2) // 1)
print(f"{F(1, 3)} {F(1, 3)!r} {float(F(1, 3)):.5f}", F(5, 10).as_integer_ratio(), F(3, 1).is_integer() if hasattr(F, 'is_integer') else 'n/a')
print(reduce(operator.add, (F(1, n) for n in range(1, 11))))
print(sum(F(1, 2 ** k) for k in range(20)), F(1, 3) ** 3, F(4, 9) ** F(1, 2), F(2) ** -2)
print(sorted([F(1, 3), F(1, 4), 0.3, 1, F(-1, 2)]), F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F("abc")
except ValueError as e:
    print("ValueError:", e)
