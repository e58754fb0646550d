import enum
from enum import Enum, Flag, IntFlag, IntEnum, auto, unique


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
    ALL = R | W | X


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    CREAT = 64
    TRUNC = 512


print(Perm.R | Perm.W, Perm.RW, Perm.ALL, repr(Perm.R | Perm.X), Perm(6), Perm(0), repr(Perm(0)))
print(list(Perm), [m.name for m in Perm.ALL], Perm.R in Perm.RW, Perm.X in Perm.RW, bool(Perm(0)))
print(~Perm.R, Perm.ALL & ~Perm.W, Perm.ALL ^ Perm.R, len(Perm.ALL), Perm.RW.value)
print(Color.RED | Color.BLUE, list(Color.RED | Color.BLUE), Color(3), Color.GREEN.value)
f = Open.WRONLY | Open.CREAT | Open.TRUNC
print(f, repr(f), int(f), f & Open.CREAT, Open.RDONLY, f | 4, Open(5), isinstance(f, int))
try:
    Color(8)
except ValueError as e:
    print("ValueError", e)
print(Perm["RW"], Perm.W.name, Perm.RW.name, (Perm.R | Perm.X).name)


class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2
    ROUND = 1

    def describe(self):
        return "%s(%d)" % (self.name.title(), self.value)

    @property
    def sides(self):
        return {1: 0, 2: 4}[self.value]


print(Shape.ROUND, Shape.ROUND is Shape.CIRCLE, list(Shape), list(Shape.__members__), Shape(2).describe(),
      Shape.SQUARE.sides)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(["%s %.2f" % (p.name, p.gravity) for p in Planet], Planet.EARTH.value)


class Prio(IntEnum):
    LOW = 1
    HIGH = 3


print(Prio.HIGH > Prio.LOW, Prio.LOW + 1, sorted([Prio.HIGH, 2, Prio.LOW]), f"{Prio.HIGH}", str(Prio.LOW),
      format(Prio.LOW, "03d"))


class Status(enum.StrEnum):
    OK = auto()
    FAIL = auto()


print(Status.OK, repr(Status.FAIL), Status.OK == "ok", Status("fail"), [s.upper() for s in Status])
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal["CAT"], Animal(1))
try:
    Shape.CIRCLE = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Shape(9)
except ValueError as e:
    print("ValueError", e)
try:
    Shape["HEXAGON"]
except KeyError as e:
    print("KeyError", e)


class Weekday(Flag):
    MON = 1
    TUE = 2
    WED = 4
    WEEKDAYS = MON | TUE | WED


print(Weekday.WEEKDAYS, list(Weekday), Weekday.MON | Weekday.WED, repr(Weekday.MON | Weekday.TUE | Weekday.WED))
print(Perm.__members__.keys(), Color._member_names_, enum.Flag.__name__)
