"""An inventory with validating descriptors, __slots__, class-level registries and a restock simulation."""
import random
from collections import namedtuple
from functools import total_ordering


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{self.public} must be a number, not {type(value).__name__}")
        if value < 0:
            raise ValueError(f"{self.public} must be >= 0, got {value}")
        setattr(obj, self.private, value)


class Sku(str):
    def __new__(cls, text):
        text = text.upper().strip()
        if len(text) != 6 or not text[:3].isalpha() or not text[3:].isdigit():
            raise ValueError(f"bad SKU {text!r}")
        return super().__new__(cls, text)

    @property
    def family(self):
        return self[:3]


@total_ordering
class Item:
    price = Positive()
    stock = Positive()
    registry = {}

    def __init__(self, sku, name, price, stock=0):
        self.sku = Sku(sku)
        self.name = name
        self.price = price
        self.stock = stock
        Item.registry[self.sku] = self

    def __eq__(self, other):
        return NotImplemented if not isinstance(other, Item) else self.sku == other.sku

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, price={self.price}, stock={self.stock})"

    @property
    def value(self):
        return round(self.price * self.stock, 2)


Move = namedtuple("Move", "day sku delta reason")
items = [Item("abc123", "bolt", 0.25, 400), Item("ABC124", "nut", 0.1, 900), Item("xyz001", "drill", 79.9, 4),
         Item("xyz002", "saw", 24.5, 10), Item("hhh777", "glue", 3.2)]
print(sorted(items)[:2], max(items).name, min(items, key=lambda i: i.stock).name)
print({i.sku.family for i in items} == {"ABC", "XYZ", "HHH"}, items[0].sku.family, type(items[0].sku).__name__)
for bad in (("ab1234", "x", 1), ("abc999", "x", -1), ("abc998", "x", "cheap"), ("abc997", "x", True)):
    try:
        Item(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(Item.registry), len(Item.registry))
rng = random.Random(42)
log = []
for day in range(1, 11):
    for it in items:
        sold = min(it.stock, rng.randint(0, 40 if it.price < 1 else 3))
        if sold:
            it.stock -= sold
            log.append(Move(day, it.sku, -sold, "sale"))
        if it.stock < 5:
            qty = rng.choice([10, 20, 50])
            it.stock += qty
            log.append(Move(day, it.sku, qty, "restock"))
print(len(log), log[:3])
by_reason = {}
for m in log:
    by_reason.setdefault(m.reason, []).append(m.delta)
print({k: (len(v), sum(v)) for k, v in sorted(by_reason.items())})
for it in sorted(items, key=lambda i: -i.value):
    print(f"{it.sku} {it.name:<6} {it.stock:>4} x {it.price:>6.2f} = {it.value:>8.2f}")
print(f"total value {sum(i.value for i in items):,.2f}", type(Item.price).__name__, Item.__dict__["stock"].private)
try:
    items[0].price = -5
except ValueError as e:
    print(e)
print(vars(items[0]))
