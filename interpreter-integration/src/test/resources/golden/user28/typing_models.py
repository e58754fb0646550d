"""Typed models checked at runtime: TypedDict, Protocol, Generic, NamedTuple, get_type_hints."""
from typing import (TypedDict, Protocol, runtime_checkable, Generic, TypeVar, NamedTuple, Optional, Union,
                    Literal, get_type_hints, get_origin, get_args, Callable, Iterator, Final, Any, cast, overload,
                    NotRequired, Self, assert_never)
from dataclasses import dataclass

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")


class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> Self:
        self._items.append(item)
        return self

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


@dataclass
class Pair(Generic[T]):
    left: T
    right: T


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


def smallest(items: list[K]) -> Optional[K]:
    return min(items) if items else None


def handle(kind: Literal["a", "b"]) -> str:
    match kind:
        case "a":
            return "A"
        case "b":
            return "B"
        case _:
            assert_never(kind)


MAX: Final = 3
m: Movie = {"title": "Heat", "year": 1995}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), type(m).__name__)
p = Point(3, 4)
print(p, repr(p), p.dist(), p._fields, Point._field_defaults, p._replace(y=0), Point(1))
print(isinstance(open.__self__ if False else __import__("io").StringIO(), Closable), isinstance(p, Closable))
s = Stack[int]().push(1).push(2)
print(s, list(s), s.pop(), Stack[str], Stack.__parameters__, Pair(1, 2), Pair[str]("a", "b"))
print(double(4), double("ab"), smallest([3, 1, 2]), smallest([]), handle("b"), cast(int, "not an int"))
print(get_type_hints(Stack.push), get_type_hints(Point), get_type_hints(smallest))
hints = get_type_hints(Movie)
print(hints, get_origin(hints["rating"]), get_origin(list[int]), get_args(dict[str, list[int]]), get_args(Optional[int]))
print(Union[int, str], Optional[str], Union[int, int], list[int] | None, Callable[[int, str], bool], Literal["x", 1])
print(get_origin(Callable[..., int]), get_args(Callable[[int], str]), int | str, (int | str) == Union[int, str])
print(T, K.__bound__, T.__name__, Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else "", Pair.__mro__[-2])
try:
    isinstance(p, Comparable)
except TypeError as e:
    print("TypeError:", e)
try:
    Movie(title="x", year=1, extra=2) and None
    print("TypedDict accepts extra keys at runtime")
except TypeError as e:
    print("TypeError:", e)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
print(double.__name__, handle.__annotations__, MAX)
