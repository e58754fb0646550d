"""A tiny geometry command interpreter using structural pattern matching."""
from dataclasses import dataclass, field
from enum import Enum, auto
import math


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float
    color: Color = Color.RED


@dataclass
class Rect:
    corner: Point
    w: float
    h: float
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Segment:
    a: Point
    b: Point


def area(shape):
    match shape:
        case Circle(r=r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(_, r):
            return round(math.pi * r * r, 3)
        case Rect(w=w, h=h) if w == h:
            return ("square", w * h)
        case Rect(_, w, h):
            return w * h
        case Segment():
            return 0
        case _:
            return None


def describe(cmd):
    match cmd:
        case {"op": "move", "dx": int(dx), "dy": int(dy), **rest}:
            return f"move by ({dx},{dy}) extra={sorted(rest)}"
        case {"op": "color", "value": Color.RED | Color.GREEN as c}:
            return f"warm-ish color {c.name}"
        case {"op": "color", "value": c}:
            return f"other color {c!r}"
        case ["path", *points] if len(points) >= 2:
            return f"path of {len(points)} points, last={points[-1]}"
        case ["path", *_]:
            return "degenerate path"
        case (str(name), (int() | float()) as val):
            return f"pair {name}={val}"
        case [Point(x=0, y=0), *others]:
            return f"starts at origin, {len(others)} more"
        case str() as s if s.isidentifier():
            return f"identifier {s}"
        case bytes(b):
            return f"bytes len {len(b)}"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(cmd).__name__}"


shapes = [
    Circle(Point(0, 0), 2),
    Rect(Point(1, 1), 3, 3),
    Rect(Point(1, 1), 2, 5, ["a"]),
    Segment(Point(0, 0), Point(1, 1)),
    "text",
]
for s in shapes:
    print(type(s).__name__, area(s))
try:
    area(Circle(Point(0, 0), -1))
except ValueError as e:
    print("error:", e)

cmds = [
    {"op": "move", "dx": 3, "dy": -1, "speed": 2, "label": "x"},
    {"op": "move", "dx": 3.5, "dy": 1},
    {"op": "color", "value": Color.GREEN},
    {"op": "color", "value": Color.BLUE},
    ["path", (0, 0), (1, 2), (3, 4)],
    ["path", (0, 0)],
    ("speed", 2.5),
    ("speed", "fast"),
    [Point(0, 0), Point(1, 1)],
    "hello_world",
    "not an id",
    b"\x00\x01",
    None,
    42,
]
for c in cmds:
    print(describe(c))

print(Circle(Point(1, 2), 3))
print(Segment(Point(1, 2), Point(3, 4)) == Segment(Point(1, 2), Point(3, 4)))
print(Circle.__match_args__, Rect.__match_args__)
try:
    Segment(Point(0, 0), Point(1, 1)).a = 3
except Exception as e:
    print(type(e).__name__, e)
