"""Structural pattern matching over a small command language and a shape hierarchy: class patterns with
__match_args__, mapping and sequence patterns, guards, or-patterns, captures and enums."""
from dataclasses import dataclass
from enum import Enum, auto
import math


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True)
class Circle:
    center: Point
    r: float


@dataclass(frozen=True)
class Rect:
    corner: Point
    w: float
    h: float


def area(shape):
    match shape:
        case Circle(r=r) if r < 0:
            raise ValueError('negative radius')
        case Circle(_, r):
            return round(math.pi * r * r, 3)
        case Rect(w=w, h=h) if w == h:
            return ('square', w * h)
        case Rect(Point(x=0, y=0), w, h):
            return ('at origin', w * h)
        case Rect(_, w, h):
            return w * h
        case [*shapes]:
            return [area(s) for s in shapes]
        case _:
            return None


def run(cmd):
    match cmd:
        case {'op': 'move', 'to': (x, y)}:
            return 'move to %s,%s' % (x, y)
        case {'op': 'paint', 'color': Color.RED | Color.GREEN as c}:
            return 'warm-ish %s' % c.name
        case {'op': 'paint', 'color': Color() as c}:
            return 'paint %s' % c.name.lower()
        case {'op': 'say', 'text': str(text), **rest}:
            return 'say %r extra=%s' % (text, sorted(rest))
        case ['batch', *cmds] if cmds:
            return [run(c) for c in cmds]
        case ['batch']:
            return 'empty batch'
        case (1 | 2 | 3) as n:
            return 'small %d' % n
        case int(n) | float(n) if n > 100:
            return 'big'
        case str() as s if s.startswith('#'):
            return 'comment'
        case None:
            return 'nothing'
        case other:
            return 'unknown %r' % (other,)


print(area(Circle(Point(1, 1), 2)))
print(area(Rect(Point(1, 2), 3, 3)))
print(area(Rect(Point(0, 0), 2, 5)))
print(area(Rect(Point(1, 0), 2, 5)))
print(area([Circle(Point(0, 0), 1), Rect(Point(2, 2), 1, 4)]))
print(area('text'))
try:
    area(Circle(Point(0, 0), -1))
except ValueError as e:
    print('error', e)
for cmd in [{'op': 'move', 'to': (3, 4)}, {'op': 'move', 'to': [3, 4, 5]}, {'op': 'paint', 'color': Color.GREEN},
            {'op': 'paint', 'color': Color.BLUE}, {'op': 'say', 'text': 'hi', 'loud': True, 'at': 1},
            ['batch', 2, None, '#x'], ['batch'], 3, 250, 99.5, '#note', None, (1, 2)]:
    print(run(cmd))
print(Point.__match_args__, Color.BLUE, Color['RED'].value, list(Color)[1:])
