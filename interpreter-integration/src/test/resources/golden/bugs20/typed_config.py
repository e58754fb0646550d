# Runtime use of type annotations: a config validator driven by typing hints, get_origin/get_args, TypedDict, Protocol.
from __future__ import annotations
import typing
from typing import Any, Optional, Union, List, Dict, Tuple, Literal, NamedTuple, TypedDict, Protocol, TypeVar, Generic, Callable

class DbConfig(TypedDict):
    host: str
    port: int

class Settings:
    name: str
    debug: bool = False
    workers: int = 4
    ratio: float = 0.5
    tags: List[str] = []
    limits: Dict[str, int] = {}
    mode: Literal["fast", "safe"] = "safe"
    owner: Optional[str] = None
    size: Union[int, str] = 0
    pair: Tuple[int, int] = (0, 0)

def check(value, tp, path):
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any:
        return
    if origin is Union:
        errors = []
        for a in args:
            try:
                check(value, a, path)
                return
            except TypeError as e:
                errors.append(str(e))
        raise TypeError(f"{path}: {value!r} matches none of {[getattr(a, '__name__', str(a)) for a in args]}")
    if origin is Literal:
        if value not in args:
            raise TypeError(f"{path}: {value!r} not one of {args}")
        return
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"{path}: expected list, got {type(value).__name__}")
        for i, v in enumerate(value):
            check(v, args[0], f"{path}[{i}]")
        return
    if origin is dict:
        if not isinstance(value, dict):
            raise TypeError(f"{path}: expected dict")
        for k, v in value.items():
            check(k, args[0], f"{path}.key")
            check(v, args[1], f"{path}[{k!r}]")
        return
    if origin is tuple:
        if not isinstance(value, tuple) or len(value) != len(args):
            raise TypeError(f"{path}: expected tuple of {len(args)}")
        for i, (v, a) in enumerate(zip(value, args)):
            check(v, a, f"{path}[{i}]")
        return
    if tp is type(None):
        if value is not None:
            raise TypeError(f"{path}: expected None")
        return
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return
    if tp is int and isinstance(value, bool) or not isinstance(value, tp):
        raise TypeError(f"{path}: expected {tp.__name__}, got {type(value).__name__}")

def load(cls, data):
    hints = typing.get_type_hints(cls)
    obj = cls()
    problems = []
    for name, tp in hints.items():
        if name in data:
            try:
                check(data[name], tp, name)
                setattr(obj, name, data[name])
            except TypeError as e:
                problems.append(str(e))
        elif not hasattr(cls, name):
            problems.append(f"{name}: missing")
    for extra in sorted(set(data) - set(hints)):
        problems.append(f"{extra}: unknown key")
    return obj, problems

print(Settings.__annotations__["tags"], type(Settings.__annotations__["tags"]).__name__)
hints = typing.get_type_hints(Settings)
for k, v in hints.items():
    print(f"{k:8} {str(v).replace('typing.', ''):<28} origin={getattr(typing.get_origin(v), '__name__', typing.get_origin(v))}")
good = {"name": "svc", "workers": 8, "ratio": 1, "tags": ["a", "b"], "limits": {"cpu": 2}, "mode": "fast",
        "owner": "ops", "size": "big", "pair": (1, 2)}
bad = {"workers": True, "tags": ["a", 3], "limits": {"cpu": "2"}, "mode": "slow", "size": 1.5, "pair": (1,),
       "colour": "red", "owner": 5}
for data in (good, bad):
    obj, probs = load(Settings, data)
    print("ok" if not probs else f"{len(probs)} problems")
    for p in probs:
        print("  -", p)
print(obj.workers, obj.debug, DbConfig(host="h", port=1), DbConfig.__required_keys__ == {"host", "port"})

class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Point(3, 4).dist(), Point(1), Point._field_defaults, Point.__annotations__)

class Closeable(Protocol):
    def close(self) -> None: ...

@typing.runtime_checkable
class Readable(Protocol):
    def read(self) -> str: ...

class F:
    def read(self):
        return "data"
print(isinstance(F(), Readable), isinstance(1, Readable))

T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def map(self, f: Callable[[T], T]) -> "Box[T]":
        return Box(f(self.item))
b = Box[int](3).map(lambda x: x * 7)
print(b.item, Box[int], Box.__parameters__, typing.get_args(Dict[str, List[int]]), List[int] == list[int])
def f(a: int, b: "str" = "x", *args: float, c: Optional[bool] = None, **kw: Any) -> Tuple[int, ...]:
    return (a,)
print(f.__annotations__)
print(typing.get_type_hints(f))
print(int | None, (int | str).__args__, typing.cast(int, "x"), typing.TYPE_CHECKING, Optional[int] == Union[int, None])
