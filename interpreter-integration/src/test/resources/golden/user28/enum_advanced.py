"""Order-status and permission models with the 3.11 enum features."""
from enum import Enum, IntEnum, IntFlag, Flag, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, member, nonmember, global_enum_repr
import enum


class Status(StrEnum):
    NEW = auto()
    PAID = auto()
    SHIPPED = "shipped"
    CANCELLED = "cancelled"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    helper = nonmember(42)

    @member
    def method_member(self):
        return "m"


class Prio(IntEnum):
    LOW = 1
    HIGH = 3


print(list(Status), Status.NEW, repr(Status.PAID), Status("SHIPPED"), Status("Cancelled"), f"{Status.NEW}|{Status.NEW!r}")
print(Status.NEW == "new", Status.NEW.upper(), isinstance(Status.PAID, str), sorted(Status), Status.SHIPPED.value)
try:
    Status("lost")
except ValueError as e:
    print("ValueError:", e)
for p in Planet:
    print(f"{p.name:<8} {p.surface_gravity:.3f} {p.value}")
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(6), Perm(0), repr(Perm(0)), Perm.RWX & ~Perm.W, Perm(5) & 4, int(Perm.R | 8))
print(list(Perm(7)), Perm.W in Perm(6), str(Perm.R), format(Perm.R, "03d"), Perm.R + 1, repr(Perm(12)))
print(Color.RED | Color.BLUE, Color.WHITE, repr(Color(3)), list(Color.WHITE), ~Color.RED, Color(0), bool(Color(0)), len(Color.WHITE))
print(list(Shape)[:3], len(Shape), Shape(2), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, list(Shape.__members__), Shape.helper, Shape.method_member)
print(Prio.HIGH > Prio.LOW, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW, 2]), str(Prio.LOW), f"{Prio.HIGH}", repr(Prio.LOW), Prio.HIGH.name)
Animal = Enum("Animal", "ANT BEE CAT")
Http = IntEnum("Http", [("OK", 200), ("NOT_FOUND", 404)])
print(list(Animal), Animal.BEE.value, Http(404), repr(Http.OK), Animal["CAT"], Animal.__qualname__)
try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)
try:
    Status.NEW = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Status):
        EXTRA = "extra"
except TypeError as e:
    print("TypeError:", e)
print(Status.__members__["PAID"], Status.NEW.name, type(Status.NEW).__mro__[:3], enum.unique(Prio) is Prio)
print({s: i for i, s in enumerate(Status)}, Status.NEW in Status, "new" in Status.__members__.values() if False else "")
print(Color.RED._value_, Color._member_names_, Perm._boundary_ if hasattr(Perm, "_boundary_") else "", Color.BLUE.value)
