from typing import (Any, Generic, NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union, get_args,
                    get_origin, get_type_hints, runtime_checkable, Literal, Final, ClassVar, Callable, cast)


class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = ""

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.dist(), p._fields, p._field_defaults, p._replace(label="P"), p._asdict(), Point._make([1, 2, "z"]))
x, y, _ = p
print(x, y, p[0], p == (3, 4, ""), Point.__annotations__)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)


class Movie(TypedDict):
    title: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float


m: Movie = {"title": "Up", "year": 2009}
me = MovieExtra(title="Cars", year=2006)
print(m, me, type(me).__name__, sorted(Movie.__required_keys__), sorted(MovieExtra.__optional_keys__),
      sorted(MovieExtra.__required_keys__), MovieExtra.__total__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        return "closed"


class NotRes:
    pass


print(isinstance(Resource(), Closable), isinstance(NotRes(), Closable), issubclass(Resource, Closable))


class SupportsArea(Protocol):
    def area(self) -> float: ...


try:
    isinstance(Resource(), SupportsArea)
except TypeError as e:
    print("TypeError", e)

T = TypeVar("T")
K = TypeVar("K", str, int)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b: Box[int] = Box(5)
print(b.get(), Box[int], Box[int]().__class__ if False else Box[str].__origin__, Box.__parameters__, T, K.__constraints__)


def handler(a: int, b: Optional[str] = None, *rest: float, cb: Callable[[int], str] = str) -> list[int]:
    return [a]


hints = get_type_hints(handler)
print(hints)
print(get_origin(hints["b"]), get_args(hints["b"]), get_origin(hints["return"]), get_args(hints["cb"]))
print(Union[int, str], Optional[int], Union[int, int], Literal["a", 1], get_args(Literal["r", "w"]))
print(int | None, (int | str) == Union[int, str], get_args(int | str), Any, Final[int], ClassVar[int])
print(cast(int, "not checked"), Movie.__annotations__, Point._fields)


class Config:
    name: str
    retries: int = 3
    tags: "list[str]"


print(get_type_hints(Config))
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
