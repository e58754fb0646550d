class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.dist2())
p.z = 5
print(sorted(vars(p).items()))
print(getattr(p, "x"), getattr(p, "w", "missing"))
try:
    p.w
except AttributeError as e:
    print("AttributeError:", e)
print(Point.dist2(p), type(p).__name__, p.__class__ is Point)
