"""An inventory model: dataclasses with ordering, __post_init__, field defaults and InitVar; Enum, IntEnum,
Flag and StrEnum with custom methods; reports formatted with f-string format specs."""
import dataclasses
from dataclasses import dataclass, field, InitVar, asdict, astuple, replace
from enum import Enum, IntEnum, Flag, StrEnum, auto, unique
from decimal import Decimal


@unique
class Category(StrEnum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

    def bump(self):
        members = list(type(self))
        i = members.index(self)
        return members[min(i + 1, len(members) - 1)]


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ALL = READ | WRITE | DELETE


class Color(Enum):
    RED = "#f00"
    GREEN = "#0f0"

    @property
    def rgb(self):
        return tuple(int(c * 2, 16) for c in self.value[1:])

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() in ("r", "red"):
            return cls.RED
        return None


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    price: Decimal
    qty: int = 0
    category: Category = Category.TOOLS
    tags: list = field(default_factory=list, compare=False)
    discount: InitVar[int] = 0

    def __post_init__(self, discount):
        if discount:
            self.price = (self.price * (100 - discount) / 100).quantize(Decimal("0.01"))
        self.sort_key = (self.category, -self.qty, self.name)

    @property
    def value(self):
        return self.price * self.qty


items = [
    Item("hammer", Decimal("12.50"), 4, tags=["steel"]),
    Item("apple", Decimal("0.40"), 120, Category.FOOD),
    Item("robot", Decimal("49.99"), 2, Category.TOYS, discount=10),
    Item("saw", Decimal("22.00"), 4),
    Item("bread", Decimal("2.25"), 30, Category.FOOD, discount=20),
]
for it in sorted(items):
    print(f"{it.category:<6}|{it.name:^10}|{it.qty:>5d}|{it.price:>8}|{it.value:>10,.2f}|{str(it.tags):<10}|")
print(repr(items[2]))
print(asdict(items[0]))
print(astuple(items[3])[1:])
cheap = replace(items[0], price=Decimal("1.00"))
print(cheap.name, cheap.price, cheap.sort_key, cheap == items[0], cheap < items[0])
print([f.name for f in dataclasses.fields(Item)])
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)

print(Priority.LOW.bump(), Priority.HIGH.bump().name, Priority(5), Priority.MEDIUM + 1, sorted(Priority, reverse=True))
print(f"{Priority.HIGH}", f"{Priority.HIGH!r}", format(Priority.LOW, "03d"), str(Category.FOOD), repr(Category.FOOD))
p = Perm.READ | Perm.WRITE
print(p, repr(p), Perm.WRITE in p, Perm.DELETE in p, Perm.ALL & ~Perm.READ, list(Perm.ALL), bool(Perm(0)))
print(Color("#0f0"), Color("r"), Color.RED.rgb, Color["GREEN"].value)
try:
    Color("blue")
except ValueError as e:
    print("ValueError:", e)
print(len(Category), [c.value for c in Category], Category("toys") is Category.TOYS, Category.TOOLS == "tools")
by_cat = {}
for it in items:
    by_cat.setdefault(it.category, []).append(it.name)
print({k.name: v for k, v in by_cat.items()})
