"""Permissions and states with enum: Flag arithmetic (|, &, ^, ~, in, iteration, len, bool, pseudo-members and
their repr/str), IntFlag mixing with ints, IntEnum ordering and arithmetic, StrEnum, auto, unique, aliases,
_missing_, _generate_next_value_, member values/names, boundary handling, Enum functional API, and pickling
by name."""
import enum
import pickle
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = "navy"


@unique
class Status(Enum):
    ACTIVE = "active"
    DISABLED = "disabled"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() in ("active", "disabled"):
            return cls(value.lower())
        return None

    @property
    def label(self):
        return self.name.title()


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{count + 1}:{name.lower()}"
    FIRST = auto()
    SECOND = auto()


p = Perm.READ | Perm.EXEC
print(repr(p), str(p), p.value, p.name, Perm.READ in p, Perm.WRITE in p, bool(Perm(0)), repr(Perm(0)))
print(list(p), len(p), list(Perm), list(Perm.ALL), Perm.RW, Perm.ALL & ~Perm.WRITE, Perm.RW ^ Perm.ALL)
print(Perm(3), Perm(7) is Perm.ALL, Perm["RW"], Perm.READ | Perm.WRITE is Perm.RW, ~Perm.ALL, ~Perm.READ)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
m = Mode.R | Mode.W
print(repr(m), str(m), int(m), m == 6, m | 1, repr(m | 8), Mode(7), format(m), f"{Mode.X:03b}", m & 4)
print(Mode.R + 1, isinstance(Mode.R, int), repr(~Mode.R), list(Mode(5)), Mode(0), repr(Mode(0)))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), Priority.HIGH > Priority.LOW, Priority.LOW + 1)
print(repr(Priority(5)), str(Priority.HIGH), f"{Priority.HIGH}", f"{Priority.HIGH!r}", Priority.HIGH * 2, [1, 2, 3][Priority.LOW])
try:
    Priority(3)
except ValueError as e:
    print("ValueError:", e)
print(list(Color), Color.RED == "red", Color.DARK_BLUE.upper(), f"{Color.GREEN}", repr(Color.RED), Color("navy"))
print(Status("ACTIVE"), Status.DISABLED.label, Status["ACTIVE"].value, Status.ACTIVE in Status, len(Status))
try:
    Status("gone")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2).name, list(Shape.__members__), Shape.__members__["ALIAS_FOR_SQUARE"])
print([o.value for o in Ordinal], Ordinal.FIRST < Ordinal.SECOND if False else "no order")
try:
    Ordinal.FIRST < Ordinal.SECOND
except TypeError as e:
    print("TypeError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
Level = IntEnum("Level", [("DEBUG", 10), ("INFO", 20)])
print(list(Animal), Animal.BEE.value, Level.INFO + 0, repr(Level.DEBUG), Animal.__name__, Animal.CAT.__class__.__name__)
print(pickle.loads(pickle.dumps(Perm.RW)) is Perm.RW, pickle.loads(pickle.dumps(Priority.HIGH)) is Priority.HIGH)
try:
    Perm.READ = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(Perm.READ.__class__ is Perm, type(Perm), hash(Priority.LOW) == hash(1), {Priority.LOW: "x"}[1])
print(enum.Flag.__members__ if False else "", Perm._member_names_, [m.name for m in Perm.__members__.values()])
print(Perm.ALL.value, Perm._missing_, "ok") if False else print(Perm.RW.name, (Perm.READ | Perm.WRITE).name, Perm(5).name)
