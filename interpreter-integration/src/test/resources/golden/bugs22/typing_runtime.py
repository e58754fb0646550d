"""Runtime use of typing: Protocol (runtime_checkable), NamedTuple, TypedDict, Generic, get_type_hints, a config checker."""
from __future__ import annotations
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, Optional, Protocol,
                    Tuple, TypedDict, TypeVar, Union, get_args, get_origin, get_type_hints, runtime_checkable, overload,
                    cast, NewType, Annotated)
import dataclasses

T = TypeVar("T")
K = TypeVar("K", bound=str)
UserId = NewType("UserId", int)


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Sized2(Protocol):
    size: int


class Resource:
    def close(self) -> None:
        print("closed", type(self).__name__)


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


class Movie(TypedDict, total=False):
    title: str
    year: int
    rating: Optional[float]


class Strict(TypedDict):
    id: int
    tags: List[str]


class Stack(Generic[T]):
    kind: ClassVar[str] = "lifo"

    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, x: T) -> "Stack[T]":
        self.items.append(x)
        return self

    def pop(self) -> T:
        return self.items.pop()


@dataclasses.dataclass
class Settings:
    host: str
    port: int = 8080
    debug: bool = False
    tags: List[str] = dataclasses.field(default_factory=list)
    mode: Literal["fast", "safe"] = "safe"
    timeout: Optional[float] = None
    level: Annotated[int, "0-9"] = 3


def check(value: Any, tp: Any) -> bool:
    origin, args = get_origin(tp), get_args(tp)
    if tp is Any:
        return True
    if origin is Union:
        return any(check(value, a) for a in args)
    if origin is Literal:
        return value in args
    if origin is Annotated:
        return check(value, args[0])
    if origin in (list, List):
        return isinstance(value, list) and all(check(v, args[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict) and all(check(k, args[0]) and check(v, args[1]) for k, v in value.items())
    if origin is tuple:
        return isinstance(value, tuple) and len(value) == len(args) and all(map(check, value, args))
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, tp)


def load(cls, raw: Dict[str, Any]):
    hints = get_type_hints(cls, include_extras=True)
    errors = [f"{k}: {raw[k]!r} is not {hints[k]}" for k in raw if k in hints and not check(raw[k], hints[k])]
    unknown = sorted(set(raw) - set(hints))
    if errors or unknown:
        raise TypeError("; ".join(errors + [f"unknown {u}" for u in unknown]))
    return cls(**raw)


print(load(Settings, {"host": "h", "port": 1, "tags": ["a"], "mode": "fast", "timeout": 2}))
for raw in ({"host": 1}, {"host": "h", "mode": "slow"}, {"host": "h", "tags": [1]}, {"host": "h", "colour": 1},
            {"host": "h", "timeout": True, "level": "x"}):
    try:
        load(Settings, raw)
    except TypeError as e:
        print("TypeError:", e)
hints = get_type_hints(Settings)
print({k: repr(v) for k, v in hints.items()})
print(isinstance(Resource(), SupportsClose), isinstance(3, SupportsClose), issubclass(Resource, SupportsClose))
try:
    isinstance(Resource(), Sized2)
except TypeError as e:
    print("TypeError:", e)
e = Employee("ann", salary=1000.0)
print(e, e.raise_by(12.5), Employee._fields, Employee._field_defaults, e._asdict(), Employee.__annotations__)
print(Movie.__required_keys__, sorted(Movie.__optional_keys__), Strict.__required_keys__ == frozenset({"id", "tags"}))
m: Movie = {"title": "Heat"}
print(m, type(m) is dict, Movie(title="x", year=1995), get_type_hints(Strict))
s = Stack[int]().push(1).push(2)
print(s.pop(), Stack.kind, Stack[int], get_origin(Stack[int]) is Stack, get_args(Dict[str, List[int]]))
print(UserId(5), UserId.__name__, cast(List[int], "not checked"), Optional[int] == Union[int, None], int | None)
print(get_args(Callable[[int, str], bool]), get_origin(Callable[..., int]), Tuple[int, ...], List["Stack"])
print(typing.get_type_hints(Employee.raise_by), Literal["a", "b"].__args__, Final[int])


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"), K.__bound__, T.__name__, typing.TYPE_CHECKING, Annotated[int, "m"].__metadata__)
