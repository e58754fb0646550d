"""Enums in a configuration loader: Flag combinations, IntEnum comparisons, StrEnum, unique, auto, aliases,
_missing_, members with methods and properties, and iteration order."""
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARN = 30
    WARNING = 30

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


@unique
class Mode(StrEnum):
    FAST = auto()
    SAFE = auto()


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Opt(IntFlag):
    A = 1
    B = 2
    C = 4


p = Perm.R | Perm.X
print(p, Perm.W in p, Perm.R in p, bool(Perm.R & Perm.W), Perm.RW, Perm.ALL & ~Perm.W)
print([m.name for m in Perm], list(Perm.ALL), len(Perm))
print(Level.INFO < Level.WARN, Level(30), Level.WARNING is Level.WARN, Level('debug'), Level.INFO + 5)
try:
    Level(99)
except ValueError as e:
    print(e)
print(list(Level), Level.__members__.keys() - {'DEBUG', 'INFO', 'WARN'})
print(Mode.FAST, Mode('safe'), Mode.FAST == 'fast', Mode.SAFE.upper(), repr(Mode.FAST))
print(['%s %.2f' % (pl.name, pl.gravity) for pl in Planet], Planet.EARTH.value[1])
print(Opt.A | Opt.C, int(Opt.A | Opt.B), Opt(7), Opt.B ^ Opt.B, repr(Opt(0)))
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('unique:', 'duplicate' in str(e))
Color = Enum('Color', 'RED GREEN BLUE', start=0)
print(Color.GREEN.value, Color(2), [c.value for c in Color])
config = {'level': 'warn', 'mode': 'safe', 'perm': ['R', 'W']}
lvl = Level(config['level'])
mode = Mode(config['mode'])
perm = Perm(0)
for name in config['perm']:
    perm |= Perm[name]
print(lvl.name, lvl.value, mode, perm, perm == Perm.RW)
match lvl:
    case Level.WARN | Level.INFO:
        print('matched', lvl.name)
print(hash(Level.INFO) == hash(Level.INFO), {Level.INFO: 'i'}[Level.INFO], Level.INFO.__class__.__name__)
