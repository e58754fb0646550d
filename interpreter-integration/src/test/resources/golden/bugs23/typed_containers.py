"""Runtime typing in a small typed-container library: TypeVar with bounds/constraints, Generic subclasses and
parametrised aliases, get_type_hints (forward refs, Optional defaults, Annotated with include_extras),
get_origin/get_args, Protocol with runtime_checkable, NamedTuple/TypedDict introspection, cast, overload,
reprs of typing constructs, and ParamSpec/Concatenate in signatures."""
from __future__ import annotations

import typing
from typing import (Annotated, Any, Callable, ClassVar, Dict, Generic, List, Literal, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin, get_type_hints,
                    overload, runtime_checkable)

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Sized")
K = TypeVar("K", covariant=True)


@runtime_checkable
class Sized(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class Closer(Protocol):
    name: str

    def close(self) -> None: ...


class Box(Generic[T]):
    kind: ClassVar[str] = "box"

    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, f: Callable[[T], "U"]) -> "Box[U]":
        return Box(f(self.item))


U = TypeVar("U")


class Pair(Box[Tuple[T, U]], Generic[T, U]):
    pass


class IntBox(Box[int]):
    pass


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None


class Movie(TypedDict, total=False):
    title: str
    year: int


class Strict(TypedDict):
    id: int


def lookup(key: str, default: Optional[int] = None, *, tags: List[str] | None = None) -> Dict[str, Box[int]]:
    return {}


def scaled(x: Annotated[float, "metres", 1.5], n: Literal["a", "b"] = "a") -> Union[int, float]:
    return x


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


print(T, N.__constraints__, B.__bound__, K.__covariant__, T.__name__, repr(U))
print(Box[int], Box[int].__origin__ is Box, get_args(Box[int]), Pair[int, str], get_args(Pair[int, str]))
print(Box.__parameters__, Pair.__parameters__, IntBox.__orig_bases__, Pair.__orig_bases__)
print(Box(3).map(str).item, Box[int](4).item, type(Box[int](4)).__name__, IntBox.__mro__[1].__name__)
hints = get_type_hints(lookup)
for k in sorted(hints):
    print(" ", k, hints[k])
print(get_type_hints(scaled), get_type_hints(scaled, include_extras=True)["x"])
print(get_type_hints(Box), get_type_hints(Point), get_type_hints(Movie), Movie.__total__, Strict.__required_keys__)
print(lookup.__annotations__["default"], scaled.__annotations__["return"])
for tp in [List[int], Dict[str, List[int]], Optional[int], Union[int, str], Callable[[int, str], bool], Literal[1, 2],
           Annotated[int, "x"], Tuple[int, ...], list[int], int | None, ClassVar[int], Callable[..., Any], type[int]]:
    print(f"{str(tp):40} origin={get_origin(tp)} args={get_args(tp)}")
print(Union[int, int], Union[int, Union[str, int]], Optional[Union[int, None]], Union[int] is int)
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class F:
    name = "f"

    def close(self):
        pass


print(isinstance(F(), Closer), isinstance(object(), Closer))
try:
    isinstance(3, Box[int])
except TypeError as e:
    print("TypeError:", e)
try:
    class NotProto(Protocol):
        def f(self): ...
    isinstance(1, NotProto)
except TypeError as e:
    print("TypeError:", e)
p = Point(1)
print(p, p._fields, p._field_defaults, Point._make([3, 4, "z"]), p._replace(y=9), p._asdict())
m: Movie = {"title": "Heat"}
print(m, cast(int, "not really"), parse(5), len(typing.get_overloads(parse)))
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
print(typing.TYPE_CHECKING, typing.Any, typing.NoReturn, typing.Hashable, repr(typing.Optional))
