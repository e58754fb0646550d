"""An event dispatcher written with match: class patterns with positional (__match_args__) and keyword
sub-patterns, mapping patterns with **rest, sequence patterns with stars, guards, or-patterns, value patterns."""
from dataclasses import dataclass
from enum import Enum, auto


class Button(Enum):
    LEFT = auto()
    RIGHT = auto()
    MIDDLE = auto()


@dataclass(frozen=True)
class Point:
    x: int
    y: int


@dataclass
class Click:
    pos: Point
    button: Button


@dataclass
class Key:
    name: str
    mods: tuple = ()


class Scroll:
    __match_args__ = ("dy",)

    def __init__(self, dy, smooth=False):
        self.dy = dy
        self.smooth = smooth


def describe(ev):
    match ev:
        case Click(Point(0, 0), Button.LEFT):
            return "left click at origin"
        case Click(Point(x, y), button=Button.RIGHT) if x == y:
            return f"right click on diagonal {x}"
        case Click(pos=Point(x=x), button=Button.LEFT | Button.MIDDLE as b):
            return f"{b.name.lower()} click, x={x}"
        case Click():
            return "other click"
        case Key("q", mods) if "ctrl" in mods:
            return "quit"
        case Key(name, ("shift",)) if len(name) == 1:
            return f"upper {name.upper()}"
        case Key(name=str() as n) if n.startswith("F") and n[1:].isdigit():
            return f"function key {int(n[1:])}"
        case Key(name):
            return f"key {name!r}"
        case Scroll(0):
            return "no scroll"
        case Scroll(dy, smooth=True):
            return f"smooth scroll {dy:+d}"
        case Scroll(dy) if dy < 0:
            return f"scroll up {-dy}"
        case Scroll(dy):
            return f"scroll down {dy}"
        case {"type": "resize", "w": int(w), "h": int(h), **rest}:
            return f"resize {w}x{h} extra={sorted(rest)}"
        case {"type": "drop", "files": [first, *others]}:
            return f"drop {first} +{len(others)}"
        case {"type": "drop", "files": []}:
            return "empty drop"
        case {"type": t}:
            return f"unknown mapping type {t}"
        case [("move", x, y), *tail]:
            return f"path starts {x},{y}, {len(tail)} more"
        case [*_, ("end", code)]:
            return f"sequence ends with {code}"
        case str() | bytes():
            return f"text {ev!r}"
        case (int() | float()) as num if num != num:
            return "nan"
        case int(n) | float(n):
            return f"number {n}"
        case None:
            return "nothing"
        case _:
            return f"unhandled {type(ev).__name__}"


events = [
    Click(Point(0, 0), Button.LEFT),
    Click(Point(3, 3), Button.RIGHT),
    Click(Point(5, 1), Button.MIDDLE),
    Click(Point(2, 9), Button.RIGHT),
    Key("q", ("ctrl",)),
    Key("a", ("shift",)),
    Key("F11"),
    Key("Fx"),
    Scroll(0), Scroll(-3, smooth=True), Scroll(-2), Scroll(4),
    {"type": "resize", "w": 800, "h": 600, "dpi": 2, "at": 0},
    {"type": "resize", "w": "800", "h": 600},
    {"type": "drop", "files": ["a.txt", "b.txt", "c.txt"]},
    {"type": "drop", "files": []},
    [("move", 1, 2), ("line", 3, 4), ("end", 0)],
    [("line", 3, 4), ("end", 7)],
    "hello", b"raw", float("nan"), 42, 2.5, None, {1, 2}, (),
]
for ev in events:
    print(describe(ev))


class Matrix:
    __match_args__ = ("rows", "cols")

    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols


for m in [Matrix(1, 1), Matrix(3, 3), Matrix(2, 5)]:
    match m:
        case Matrix(1, 1):
            print("scalar")
        case Matrix(r, c) if r == c:
            print(f"square {r}")
        case Matrix(rows=r, cols=c):
            print(f"{r}x{c}")
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
