"""A small ray tracer: spheres and a checkered plane, one point light with shadows, mirror reflections,
all through a vector class with operator overloading. Prints a checksum of the quantised image."""
import math
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return math.sqrt(self @ self)

    def scale(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def unit(self):
        return self * (1.0 / abs(self))


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Thing:
    def __init__(self, colour, reflect):
        self.colour = colour
        self.reflect = reflect

    def colour_at(self, point):
        return self.colour


class Sphere(Thing):
    def __init__(self, centre, radius, colour, reflect=0.3):
        super().__init__(colour, reflect)
        self.centre = centre
        self.radius = radius

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc @ ray.direction
        c = oc @ oc - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.centre).unit()


class Plane(Thing):
    def __init__(self, point, normal, colour, reflect=0.1):
        super().__init__(colour, reflect)
        self.point = point
        self.n = normal.unit()

    def hit(self, ray):
        d = ray.direction @ self.n
        if abs(d) < 1e-9:
            return None
        t = ((self.point - ray.origin) @ self.n) / d
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n

    def colour_at(self, p):
        return self.colour if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 else self.colour * 0.3


class Scene:
    def __init__(self):
        self.things = [
            Sphere(Vec(0, 1, 5), 1.0, Vec(1.0, 0.2, 0.2)),
            Sphere(Vec(-2.2, 0.7, 6), 0.7, Vec(0.2, 1.0, 0.3), 0.5),
            Sphere(Vec(2.0, 1.5, 7), 1.5, Vec(0.3, 0.4, 1.0)),
            Plane(Vec(0, 0, 0), Vec(0, 1, 0), Vec(0.9, 0.9, 0.9)),
        ]
        self.light = Vec(-4, 8, -2)
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for thing in self.things:
            t = thing.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, thing
        return best, best_t

    def trace(self, ray, depth):
        thing, t = self.nearest(ray)
        if thing is None:
            return Vec(0.1, 0.1, 0.2)
        p = ray.at(t)
        n = thing.normal(p)
        to_light = self.light - p
        dist = abs(to_light)
        to_light = to_light * (1.0 / dist)
        blocker, bt = self.nearest(Ray(p, to_light))
        lit = 0.0 if blocker is not None and bt < dist else max(0.0, n @ to_light)
        colour = thing.colour_at(p) * (self.ambient + 0.9 * lit)
        if depth > 0 and thing.reflect > 0:
            r = ray.direction - n * (2 * (ray.direction @ n))
            colour = colour * (1 - thing.reflect) + self.trace(Ray(p, r), depth - 1) * thing.reflect
        return colour


def run(n):
    scene = Scene()
    eye = Vec(0, 1.5, -2)
    checksum = 0
    for j in range(n):
        for i in range(n):
            d = Vec((i - n / 2) / n, (n / 2 - j) / n, 1.0)
            c = scene.trace(Ray(eye, d), 2)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    return "%d" % checksum


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 220))
