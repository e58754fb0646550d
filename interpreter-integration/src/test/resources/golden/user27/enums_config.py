"""Permissions and settings with enum: auto, Flag combos, StrEnum/IntEnum formatting, _missing_."""
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, member, nonmember
import enum


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARN = 30


class Mode(StrEnum):
    FAST = auto()
    SAFE = auto()
    Custom = "CuStOm"


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower()[:3]:
                    return m
        return None

    @property
    def is_start(self):
        return self is Weekday.MON


class Status(Enum):
    ACTIVE = "a"
    INACTIVE = "i"
    ALIAS = "a"


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)


p = Perm.READ | Perm.EXEC
print(p, repr(p), Perm.RW in Perm.ALL, Perm.WRITE in p, ~p, list(p))
print(Perm(0), repr(Perm(0)), bool(Perm(0)), Perm(7), Perm.ALL.name, (Perm.RW ^ Perm.ALL))
print(list(Perm), len(Perm), Perm.__members__.keys())
print(Level.INFO, repr(Level.INFO), f"{Level.INFO}", f"{Level.INFO:>5}", Level.INFO + 1, Level(30).name)
print(sorted([Level.WARN, Level.DEBUG]), Level.WARN > 25, str(Level.DEBUG), format(Level.DEBUG, "x"))
print(Mode.FAST, repr(Mode.FAST), Mode.Custom, f"{Mode.SAFE}!", Mode.FAST == "fast", Mode("safe").name)
print(Mode.FAST.upper(), "-".join(Mode), isinstance(Mode.FAST, str))
print(Weekday("monday"), Weekday("Wednesday").value, Weekday.MON.is_start, Weekday(2))
try:
    Weekday("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    Weekday(9)
except ValueError as e:
    print("ValueError:", e)
print(Status.ALIAS is Status.ACTIVE, list(Status), Status.__members__["ALIAS"])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(f"{Planet.MARS.gravity:.2f}", Planet.EARTH.value, Planet["MARS"])
fl = IntFlag("Bits", ["X", "Y", "Z"])
print(fl.X | fl.Z, repr(fl.Y | 8), int(fl.X | fl.Y), fl(3))
Color = Enum("Color", "RED GREEN BLUE", start=0)
print(list(Color), Color.GREEN.value, Color["BLUE"])
try:
    Perm.READ = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Ext(Level):
        ERROR = 40
except TypeError as e:
    print("TypeError:", e)
print(Perm.READ.value, Perm.ALL.value, [m.name for m in Perm.ALL])
print(enum.Enum.__name__, type(Perm).__name__, isinstance(Level.INFO, int))
print(hash(Level.INFO) == hash(20), {Level.INFO: "x"}[20])
