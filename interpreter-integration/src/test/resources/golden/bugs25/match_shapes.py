from dataclasses import dataclass

@dataclass
class Point:
    x: float
    y: float

@dataclass
class Circle:
    center: Point
    r: float

@dataclass
class Rect:
    tl: Point
    br: Point

class Color:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

def describe(s):
    match s:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case Circle(Point(x, y), r) if r <= 0:
            return "degenerate circle"
        case Circle(center=Point(x=cx), r=r):
            return f"circle cx={cx} r={r}"
        case Rect(Point(x1, y1), Point(x2, y2)):
            return f"rect {abs(x2 - x1) * abs(y2 - y1)}"
        case Color("red" | "green" as c):
            return f"warm-ish {c}"
        case Color(name):
            return f"color {name}"
        case [] | ():
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case int(n) | float(n) if n < 0:
            return "negative"
        case int() | float():
            return "number"
        case str() as s if s.isdigit():
            return "digits"
        case str(s):
            return f"str {s!r}"
        case None:
            return "none"
        case _:
            return "unknown " + type(s).__name__

tests = [Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 3), Circle(Point(1, 1), 0), Circle(Point(4, 1), 2),
         Rect(Point(0, 0), Point(3, 4)), Color("red"), Color("blue"), [], (), [1], [1, 2], [1, 2, 3, 4],
         (5, 6, 7), {"type": "user", "name": "ann", "age": 3, "id": 9}, {"type": "admin"},
         {"type": "user", "name": 5}, -3, 2.5, "123", "abc", None, {1, 2}, b"xy", "x"]
for t in tests:
    print(describe(t))

def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *other]:
            return f"cannot go {' '.join(other) or 'nowhere'}"
        case ["take", item, "from", place]:
            return f"take {item} @ {place}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "?"
for l in ["go north", "go up high", "go", "take lamp from table", "exit", "dance"]:
    print(cmd(l))

class Weird:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = 1
try:
    match Weird():
        case Weird(1, 2):
            pass
except AttributeError as e:
    print("AttributeError", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)
