from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._fields, tuple(p), len(p))
q = p._replace(x=10)
print(q, p, q._asdict(), dict(q._asdict()))
x, y = q
print(x + y, Point._make([5, 6]), p == (1, 2), isinstance(p, tuple))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3(1, 2, 3))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
