"""A request validator driven by runtime type hints: Annotated, Literal, Optional, generics."""
from typing import (Annotated, Any, Generic, Literal, Optional, TypeVar, Union, get_args, get_origin,
                    get_type_hints, NamedTuple, TypedDict, Callable)
import typing


class MaxLen:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"MaxLen({self.n})"


class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __repr__(self):
        return f"Range({self.lo}, {self.hi})"


class Request:
    method: Literal["GET", "POST"]
    path: Annotated[str, MaxLen(10)]
    retries: Annotated[int, Range(0, 5)] = 0
    body: Optional[bytes] = None
    headers: dict[str, str]
    tags: "list[str]"


def check(value, hint, name):
    origin, args = get_origin(hint), get_args(hint)
    if origin is Annotated:
        check(value, args[0], name)
        for meta in args[1:]:
            if isinstance(meta, MaxLen) and len(value) > meta.n:
                raise ValueError(f"{name}: longer than {meta.n}")
            if isinstance(meta, Range) and not meta.lo <= value <= meta.hi:
                raise ValueError(f"{name}: {value} not in {meta}")
    elif origin is Literal:
        if value not in args:
            raise ValueError(f"{name}: {value!r} not one of {args}")
    elif origin is Union:
        for a in args:
            try:
                return check(value, a, name)
            except (TypeError, ValueError):
                pass
        raise TypeError(f"{name}: {value!r} matches none of {args}")
    elif origin in (list, dict):
        if not isinstance(value, origin):
            raise TypeError(f"{name}: expected {origin.__name__}")
    elif hint is type(None):
        if value is not None:
            raise TypeError(f"{name}: expected None")
    elif not isinstance(value, hint):
        raise TypeError(f"{name}: expected {hint.__name__}, got {type(value).__name__}")


def validate(cls, data):
    hints = get_type_hints(cls, include_extras=True)
    for name, hint in hints.items():
        if name in data:
            check(data[name], hint, name)
    return "valid"


hints = get_type_hints(Request)
for k, v in hints.items():
    print(k, v)
print(get_type_hints(Request, include_extras=True)["path"])
for data in [dict(method="GET", path="/a", retries=2, body=None, headers={}),
             dict(method="PUT", path="/"),
             dict(method="POST", path="/very/long/path"),
             dict(method="GET", path="/", retries=9),
             dict(method="GET", path="/", body="text"),
             dict(method="GET", path="/", tags=("a",))]:
    try:
        print(validate(Request, data))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

T = TypeVar("T", bound="Comparable")
N = TypeVar("N", int, float)
K = TypeVar("K")


class Comparable:
    pass


class Box(Generic[K]):
    def __init__(self, item: K):
        self.item = item

    def get(self) -> K:
        return self.item


print(T, T.__bound__, N.__constraints__, K.__covariant__)
print(Box[int], Box[int]().__class__ if False else Box[int].__origin__, get_args(Box[str]))
b = Box[int](3)
print(b.get(), type(b).__name__, b.__orig_class__)
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_origin(int | None), get_args(int | str))
print(Optional[int], Union[int, str, int], Callable[[int, str], bool], get_args(Callable[[int], str]))
print(int | None == Optional[int], repr(Literal[1, 2] | None))


class Pt(NamedTuple):
    x: int
    y: int = 0


class Movie(TypedDict, total=False):
    title: str
    year: int


print(Pt.__annotations__, Pt._field_defaults, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(typing.get_type_hints(validate), get_type_hints(Box.get))


def f(a: "int", b: "Box[str]" = None) -> "list[Box[str]]":
    pass


print(get_type_hints(f))
print(typing.Any, typing.Sequence[int], typing.List[int], typing.Dict[str, Any])
