"""Float-heavy objects (after the classic `float` benchmark, own code): points built, normalised with
math.sin/cos/sqrt and reduced with max, through attribute loads and method calls on small instances."""
import math
import sys


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(n):
    acc = 0.0
    for _ in range(4):
        points = [Point(i) for i in range(n)]
        for p in points:
            p.normalize()
        nxt = points[0]
        for p in points[1:]:
            nxt = nxt.maximize(p)
        acc += nxt.x + nxt.y + nxt.z
    return "%.9f" % acc


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 50000))
