# dataclasses and enum from CPython's library
from dataclasses import dataclass, field, asdict, astuple, replace, fields
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


print(list(Color), Color(2), Color["BLUE"].value, Color.RED.name)
print(Perm.R | Perm.W, Perm(7) & Perm.X, Perm.R in Perm(6))
a = Item(3.5, "apple")
b = Item(1.25, "bread", ["food"])
print(a, sorted([a, b])[0].name, a < b)
print(asdict(b), astuple(a))
p = P(1)
print(p, replace(p, y=5), [f.name for f in fields(P)], hash(p) == hash(P(1, 0)))
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__)
