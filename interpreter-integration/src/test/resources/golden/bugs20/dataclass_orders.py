# An order book with dataclasses: order, frozen, field defaults, default_factory, __post_init__, asdict, replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError, KW_ONLY
from typing import List, Optional
import dataclasses

@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.cents + other.cents, self.currency)

@dataclass(order=True)
class Line:
    sort_index: int = field(init=False, repr=False)
    sku: str
    qty: int = 1
    price: Money = field(default_factory=lambda: Money(0))

    def __post_init__(self):
        self.sort_index = -self.qty
        if self.qty <= 0:
            raise ValueError(f"bad qty {self.qty} for {self.sku}")

    @property
    def total(self):
        return Money(self.price.cents * self.qty, self.price.currency)

@dataclass
class Order:
    id: int
    customer: str
    lines: List[Line] = field(default_factory=list)
    note: Optional[str] = None
    discount_pct: InitVar[int] = 0
    _: KW_ONLY
    express: bool = False

    def __post_init__(self, discount_pct):
        self.discount = discount_pct / 100

    def total(self):
        t = Money(0)
        for l in self.lines:
            t = t + l.total
        return Money(round(t.cents * (1 - self.discount)))

o = Order(1, "ada", discount_pct=10, express=True)
o.lines.append(Line("pen", 3, Money(150)))
o.lines.append(Line("book", 1, Money(2499)))
o.lines.append(Line("clip", 20, Money(5)))
print(o)
print("total", o.total(), "express", o.express)
for l in sorted(o.lines):
    print(f"  {l.sku:5} x{l.qty:<3} {l.total}")
print(asdict(o)["lines"][0])
print(astuple(Money(5, "USD")), [f.name for f in fields(Line)], [f.name for f in fields(Order)])
m = Money(100)
try:
    m.cents = 5
except FrozenInstanceError as e:
    print("frozen:", type(e).__name__, e)
print(replace(m, currency="USD"), m == Money(100, "EUR"), hash(m) == hash(Money(100)), m < Money(100, "USD"))
print(sorted([Money(5, "USD"), Money(5, "EUR"), Money(1, "ZZZ")]))
try:
    Line("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    Order(2, "bob", [], None, 0, True)
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.is_dataclass(o), dataclasses.is_dataclass(Order), dataclasses.is_dataclass(1))
P = dataclasses.make_dataclass("P", [("x", int), ("y", int, field(default=0))], order=True)
print(P(1), P(1, 2) > P(1, 1), P.__name__)

@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list, compare=False, repr=False)

a, b = Node(1), Node(1)
print(a == b, a == a, repr(a), Node.__eq__ is object.__eq__)

@dataclass(slots=True)
class Pt:
    x: float
    y: float = 0.0

pt = Pt(1.5)
print(pt, hasattr(pt, "__dict__"), Pt.__slots__)
try:
    pt.z = 1
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
print(Line.__match_args__, Money.__dataclass_params__.frozen if hasattr(Money, "__dataclass_params__") else None)
