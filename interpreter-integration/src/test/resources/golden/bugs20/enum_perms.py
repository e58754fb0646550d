# File permissions and states with enum: Flag, IntFlag, auto, IntEnum, StrEnum, unique, members and aliases.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X

class Mode(IntFlag):
    OWNER_R = 0o400
    OWNER_W = 0o200
    OWNER_X = 0o100
    GROUP_R = 0o040
    OTHER_R = 0o004

@unique
class State(Enum):
    NEW = "new"
    RUNNING = "running"
    DONE = "done"

    def next(self):
        order = list(State)
        i = order.index(self)
        return order[min(i + 1, len(order) - 1)]

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Color(enum.StrEnum):
    RED = auto()
    GREEN = auto()

print(Perm.R, Perm.W | Perm.X, Perm.RW, Perm.ALL, Perm(3), Perm(0))
p = Perm.R | Perm.W
print(Perm.R in p, Perm.X in p, bool(p & Perm.X), p & ~Perm.W, [m.name for m in Perm])
print(list(Perm.ALL), repr(Perm.RW), Perm.RW.name, Perm.ALL.value)
m = Mode.OWNER_R | Mode.OWNER_W | Mode.GROUP_R
print(m, int(m), oct(m), m & Mode.OWNER_W, Mode(0o644), Mode.OWNER_X in m)
print(repr(m), m + 1, m == 0o640)
s = State.NEW
while True:
    print("state", s, s.name, s.value, repr(s))
    if s is State.DONE:
        break
    s = s.next()
print(State("running"), State["DONE"], State.NEW == "new", len(State))
try:
    State("paused")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Alias(Enum):
    ONE = 1
    UNO = 1
    TWO = 2
print(list(Alias), Alias.UNO, Alias.UNO is Alias.ONE, list(Alias.__members__))
tasks = [("write", Priority.LOW), ("fix", Priority.HIGH), ("review", Priority.MEDIUM)]
for name, pr in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{pr.name:<6} {pr:d} {name} {pr * 10} {pr > 1}")
print(Priority.HIGH + 1, Priority(2), max(Priority), sorted([3, Priority.LOW, 2]))
print(Color.RED, Color.GREEN.upper(), Color.RED == "red", f"{Color.GREEN}", repr(Color.RED))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

for pl in Planet:
    print(f"{pl.name:8} {pl.gravity:6.2f}")

class Weekday(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    MON = auto()
    TUE = auto()
    WED = auto()

    @classmethod
    def parse(cls, s):
        return cls[s[:3].upper()]
print(Weekday.parse("tuesday"), [w.value for w in Weekday])
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3).name)
print(isinstance(Perm.R, Perm), type(Priority.LOW).__mro__[1:3])
print({State.NEW: 1}[State.NEW], format(Priority.HIGH, ">5"), f"{State.DONE!s}|{Priority.LOW}")
