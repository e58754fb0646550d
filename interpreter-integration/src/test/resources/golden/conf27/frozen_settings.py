# a settings object that refuses changes, and what Python says when code tries to change built-in things
import dataclasses
import sys
import types
from collections import namedtuple


class Settings:
    __slots__ = ("_values",)

    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __setattr__(self, name, value):
        raise AttributeError(f"settings are read-only (tried {name}={value!r})")

    __delattr__ = lambda self, name: self.__setattr__(name, None)


@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int


Pair = namedtuple("Pair", "left right")
s = Settings(debug=True, level=3)
attempts = [
    ("s.debug = False", lambda: setattr(s, "debug", False)),
    ("del s.level", lambda: delattr(s, "level")),
    ("s.missing", lambda: s.missing),
    ("Point.x = 5", lambda: setattr(Point(1, 2), "x", 5)),
    ("del Point.y", lambda: delattr(Point(1, 2), "y")),
    ("Pair.left = 0", lambda: setattr(Pair(1, 2), "left", 0)),
    ("Pair.other = 0", lambda: setattr(Pair(1, 2), "other", 0)),
    ("range.start", lambda: setattr(range(10), "start", 2)),
    ("slice.step", lambda: setattr(slice(1, 2, 3), "step", 1)),
    ("int.real", lambda: setattr(7, "real", 1)),
    ("int new attr", lambda: setattr(7, "unit", "cm")),
    ("str method", lambda: setattr("text", "strip", None)),
    ("tuple del", lambda: delattr((1, 2), "index")),
    ("object()", lambda: setattr(object(), "tag", 1)),
    ("None", lambda: setattr(None, "value", 1)),
    ("print.__name__", lambda: setattr(print, "__name__", "echo")),
    ("len.__doc__", lambda: setattr(len, "__doc__", "")),
    ("sys.flags.optimize", lambda: setattr(sys.flags, "optimize", 2)),
    ("sys.version_info.major", lambda: setattr(sys.version_info, "major", 4)),
    ("float.imag", lambda: delattr(2.5, "imag")),
    ("complex.real", lambda: setattr(1j, "real", 0.0)),
    ("list.__doc__", lambda: setattr([], "__doc__", "")),
    ("int.__add__", lambda: setattr(int, "__add__", None)),
    ("type.__mro__", lambda: setattr(Point, "__mro__", ())),
    ("type.__name__ int", lambda: setattr(Point, "__name__", 3)),
    ("function.__code__", lambda: setattr(lambda: 0, "__code__", "src")),
    ("function.__globals__", lambda: setattr(lambda: 0, "__globals__", {})),
    ("function del __name__", lambda: delattr(lambda: 0, "__name__")),
    ("module attr", lambda: setattr(types, "foo_bar", 1) or delattr(types, "foo_bar")),
    ("mappingproxy", lambda: Point.__dict__.__setitem__("x", 1)),
    ("frozenset add", lambda: frozenset().add(1)),
    ("bytes item", lambda: b"abc".__setitem__(0, 1)),
]
for label, fn in attempts:
    try:
        fn()
        print(f"{label:26} ok")
    except (AttributeError, TypeError, dataclasses.FrozenInstanceError) as e:
        print(f"{label:26} {type(e).__name__}: {e}")
print(s.debug, s.level, Point(1, 2), Pair(1, 2))
