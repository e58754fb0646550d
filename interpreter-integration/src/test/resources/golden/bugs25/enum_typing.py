import enum, typing
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, member, nonmember
from typing import NamedTuple, TypedDict, Protocol, Generic, TypeVar, Literal, Union, Optional, get_type_hints, runtime_checkable

class Color(StrEnum):
    RED = auto()
    GREEN = "g"
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
    def area(self, s):
        return s * s if self is Shape.SQUARE else None
    @classmethod
    def default(cls):
        return cls.CIRCLE
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Color.RED, repr(Color.RED), Color.RED == "red", Color("g"), f"{Color.GREEN}", Color.RED.upper())
print(list(Shape), Shape.ALIAS, Shape(2), Shape["ALIAS"], Shape.__members__["ALIAS"], Shape.SQUARE.area(3), Shape.default())
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), int(Perm.R | 1), Perm(0), repr(Perm(0)), Perm.R & 6, format(Perm.W))
print(str(Perm.R | Perm.W), list(Perm(7)), Perm(8) if False else "skip", Perm.W.name, (Perm.R | Perm.W).name)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2
print([(p.name, round(p.gravity, 2)) for p in Planet], Planet.MARS.value)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        return cls.OK if value == 0 else None
print(Status(0), Status(404) + 1, Status.OK < 300, f"{Status.OK:>6}", f"{Status.OK!r}", hex(Status.NOT_FOUND))
try:
    Status(500)
except ValueError as e:
    print(e)
try:
    Shape.SQUARE = 5
except AttributeError as e:
    print(e)
try:
    class Bigger(Shape):
        TRIANGLE = 4
except TypeError as e:
    print(e)
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.CAT.value, len(Animal), Animal(1))
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Pt(3), Pt(1, -2).norm(), Pt._field_defaults, Pt.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int](3).get(), Box[int], typing.get_origin(list[int]), typing.get_args(dict[str, int]), Optional[int])
def f(a: int, b: "list[str]" = None) -> Literal["x", "y"]: ...
print(get_type_hints(f), Union[int, str], int | None, list[int | str])
class WithMember(Enum):
    A = 1
    helper = nonmember(3)
    @member
    def fn(): return 1
print([x.name for x in WithMember], WithMember.helper, WithMember.fn.value())
