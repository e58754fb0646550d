"""Inventory records with dataclasses: ordering, frozen, KW_ONLY, slots, asdict, replace, post_init."""
from dataclasses import dataclass, field, KW_ONLY, asdict, astuple, replace, fields, InitVar, FrozenInstanceError
import dataclasses
from typing import ClassVar


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list[str] = field(default_factory=list, compare=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        self.sort_index = self.price * self.qty
        Item.count += 1


@dataclass(frozen=True, slots=True)
class Sku:
    code: str
    variant: int = 1

    def label(self):
        return f"{self.code}-{self.variant:03d}"


@dataclass
class Order:
    id: int
    _: KW_ONLY
    items: list = field(default_factory=list)
    discount: float = 0.0
    rate: InitVar[float] = 1.0

    def __post_init__(self, rate):
        self.discount = round(self.discount * rate, 2)

    def total(self):
        return round(sum(i.price * i.qty for i in self.items) * (1 - self.discount), 2)


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list, repr=False)


items = [Item("bolt", 0.25, 100, ["hw"]), Item("nut", 0.1, 300), Item("gear", 12.5, 2), Item("nut", 0.1, 300, ["x"])]
for it in sorted(items):
    print(it)
print(items[1] == items[3], items[0] < items[2], Item.count)
print(max(items).name, min(items, key=lambda i: i.name).name)

s = Sku("AB")
print(s, s.label(), hash(s) == hash(Sku("AB")), s == Sku("AB", 1))
try:
    s.code = "ZZ"
except FrozenInstanceError as e:
    print("frozen:", e)
print(hasattr(s, "__dict__"), Sku.__slots__)
s2 = replace(s, variant=7)
print(s2, s2.label())

o = Order(1, items=items[:2], discount=0.1, rate=2.0)
print(o)
print(o.total())
d = asdict(o)
print(d["items"][0], sorted(d))
print(astuple(Item("pin", 0.01, 5)))
print([f.name for f in fields(Order)], [f.name for f in fields(Item) if f.init])
try:
    Order(2, [])
except TypeError as e:
    print("TypeError:", e)
try:
    replace(items[0], sort_index=3)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)

n = Node(1, [Node(2)])
print(n, n == Node(1), dataclasses.is_dataclass(n), dataclasses.is_dataclass(Node))
Point = dataclasses.make_dataclass("Point", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
p = Point(3, -4)
print(p, p.norm(), Point.__name__)
print(Item.__eq__ is not object.__eq__, Node.__eq__ is object.__eq__)
print(repr(Order.__init__.__doc__), Order.__match_args__)
