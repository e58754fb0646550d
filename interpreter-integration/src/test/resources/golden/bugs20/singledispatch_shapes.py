# Render shapes to text with functools.singledispatch and singledispatchmethod, plus cached_property.
from functools import singledispatch, singledispatchmethod, cached_property
from dataclasses import dataclass
import math

@dataclass
class Circle:
    r: float

@dataclass
class Rect:
    w: float
    h: float

@dataclass
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

@singledispatch
def area(shape):
    raise NotImplementedError(f"no area for {type(shape).__name__}")

@area.register
def _(shape: Circle):
    return math.pi * shape.r ** 2

@area.register(Rect)
def _rect(shape):
    return shape.w * shape.h

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register(int)
@describe.register(float)
def _num(x):
    return f"number {x}"

@describe.register
def _(x: list):
    return "list of " + ", ".join(describe(i) for i in x)

@describe.register(str)
def _(x):
    return f"text {x.upper()}"

for s in [Circle(1.5), Rect(2, 3.5), Square(4)]:
    print(f"{type(s).__name__:7} {area(s):8.3f}")
try:
    area("triangle")
except NotImplementedError as e:
    print("error:", e)
print(describe([1, 2.5, "hi", [True]]))
print(describe(None))
print(area.dispatch(Square).__name__, sorted(t.__name__ for t in area.registry if t is not object))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"?{arg}"

    @fmt.register
    def _(self, arg: int):
        return f"i{arg:04d}"

    @fmt.register
    def _(self, arg: bool):
        return "yes" if arg else "no"

    @fmt.register(tuple)
    def _(self, arg):
        return "(" + "|".join(self.fmt(a) for a in arg) + ")"

f = Formatter()
print(f.fmt(7), f.fmt(True), f.fmt((1, False, "z")), f.fmt(2.5))

class Polygon:
    calls = 0
    def __init__(self, pts):
        self.pts = pts

    @cached_property
    def perimeter(self):
        Polygon.calls += 1
        total = 0.0
        for (x1, y1), (x2, y2) in zip(self.pts, self.pts[1:] + self.pts[:1]):
            total += math.hypot(x2 - x1, y2 - y1)
        return total

    @property
    def shoelace(self):
        s = 0
        n = len(self.pts)
        for i in range(n):
            x1, y1 = self.pts[i]
            x2, y2 = self.pts[(i + 1) % n]
            s += x1 * y2 - x2 * y1
        return abs(s) / 2

p = Polygon([(0, 0), (4, 0), (4, 3)])
print(p.perimeter, p.perimeter, Polygon.calls, p.shoelace, "perimeter" in vars(p))
del p.perimeter
print(p.perimeter, Polygon.calls)
print(round(math.dist((0, 0), (3, 4)), 3), math.isclose(0.1 + 0.2, 0.3), math.comb(10, 3), math.perm(5, 2))
print(math.gcd(84, 36, 60), math.lcm(4, 6, 10), math.isqrt(10**20 + 7), math.prod([1, 2, 3, 4]))
print(math.floor(-2.5), math.ceil(-2.5), round(2.5), round(3.5), round(-0.5), math.trunc(-3.9), math.fsum([0.1] * 10))
print(math.copysign(3, -0.0), math.inf > 10**400, math.isnan(math.nan), math.log(8, 2), math.log10(1000), math.degrees(math.pi))
