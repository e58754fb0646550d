"""Chaos game: iterated random affine maps (a fern and a Sierpinski pentagon) with a seeded `random`,
counting visits on a grid; prints occupied cells and a visit checksum."""
import random
import sys

FERN = [
    (0.01, (0.0, 0.0, 0.0, 0.16, 0.0, 0.0)),
    (0.86, (0.85, 0.04, -0.04, 0.85, 0.0, 1.6)),
    (0.93, (0.2, -0.26, 0.23, 0.22, 0.0, 1.6)),
    (1.00, (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)),
]


class Grid:
    def __init__(self, size, xmin, xmax, ymin, ymax):
        self.size = size
        self.xmin, self.ymin = xmin, ymin
        self.sx = (size - 1) / (xmax - xmin)
        self.sy = (size - 1) / (ymax - ymin)
        self.cells = [[0] * size for _ in range(size)]

    def plot(self, x, y):
        i = int((x - self.xmin) * self.sx)
        j = int((y - self.ymin) * self.sy)
        if 0 <= i < self.size and 0 <= j < self.size:
            self.cells[j][i] += 1

    def summary(self):
        occupied = 0
        checksum = 0
        for j, row in enumerate(self.cells):
            for i, v in enumerate(row):
                if v:
                    occupied += 1
                    checksum = (checksum + v * (i * 7919 + j * 104729 + 1)) % 1000000007
        return occupied, checksum


def fern(rng, points, grid):
    x = y = 0.0
    for _ in range(points):
        r = rng.random()
        for limit, (a, b, c, d, e, f) in FERN:
            if r <= limit:
                x, y = a * x + b * y + e, c * x + d * y + f
                break
        grid.plot(x, y)


def pentagon(rng, points, grid, corners):
    x, y = 0.1, 0.2
    for _ in range(points):
        cx, cy = rng.choice(corners)
        x += (cx - x) * 0.618
        y += (cy - y) * 0.618
        grid.plot(x, y)


def run(n):
    rng = random.Random(31337)
    g1 = Grid(120, -3.0, 3.0, 0.0, 10.0)
    fern(rng, n, g1)
    corners = [(0.0, 1.0), (0.951, 0.309), (0.588, -0.809), (-0.588, -0.809), (-0.951, 0.309)]
    g2 = Grid(120, -1.0, 1.0, -1.0, 1.0)
    pentagon(rng, n, g2, corners)
    o1, c1 = g1.summary()
    o2, c2 = g2.summary()
    return "%d %d %d %d" % (o1, c1, o2, c2)


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 700000))
