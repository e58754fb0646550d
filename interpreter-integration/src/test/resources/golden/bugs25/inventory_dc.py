from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from enum import Enum, IntEnum, Flag, auto
from typing import Optional
import json

class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = auto()

class Priority(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    cat: Category = Category.TOOL
    tags: list = field(default_factory=list)
    discount: InitVar[float] = 0.0

    def __post_init__(self, discount):
        self.price = round(self.price * (1 - discount), 2)
        self.sort_key = (self.cat.value if isinstance(self.cat.value, str) else str(self.cat.value), self.name)

    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

items = [Item("hammer", 12.5, 3), Item("apple", 0.5, 100, Category.FOOD, ["fresh"]),
         Item("ball", 4.0, 7, Category.TOY, discount=0.25), Item("saw", 20.0, 1)]
for it in sorted(items):
    print(it, f"{it.total:.2f}")
print(asdict(items[1]))
print(astuple(items[0]))
print([f.name for f in fields(Item)])
p = Point(1, 2)
print(p, replace(p, y=5), p == Point(1, 2), hash(p) == hash(Point(1, 2)))
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)
print(Category("food"), Category.TOY.value, list(Category))
print(Priority.HIGH > Priority.LOW, Priority(2), Priority.MID + 1, sorted([Priority.HIGH, Priority.LOW]))
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, ~Perm.R, bool(Perm(0)), list(rw))
print(repr(Category.FOOD), str(Priority.LOW), format(Priority.LOW), f"{Category.TOOL}")
try:
    Category("metal")
except ValueError as e:
    print(e)
print(Priority["HIGH"], Priority.__members__.keys())
data = json.dumps([asdict(i) | {"cat": i.cat.name} for i in items], sort_keys=True)
back = json.loads(data)
print(back[2])
rebuilt = [Item(d["name"], d["price"], d["qty"], Category[d["cat"]], d["tags"]) for d in back]
print(rebuilt == items, rebuilt[2])
try:
    Item()
except TypeError as e:
    print(e)
@dataclass
class Node:
    val: int
    nxt: Optional["Node"] = None
n = Node(1, Node(2, Node(3)))
print(n)
