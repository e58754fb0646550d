# types.UnionType and types.GenericAlias as CPython 3.11: set-like equality and hash, generic aliases deduplicated
# by equality, type parameters and their substitution, copying and pickling, subclasses of GenericAlias
import copy
import pickle
import types
import typing

T = typing.TypeVar("T")
S = typing.TypeVar("S")
print(hash(int | str) == hash(str | int), hash(int | str) == hash(typing.Union[int, str]))
print(int | str == typing.Union[int, str], str | int == int | str, int | list != int | str, int | int is int)
print(list[int] | list[int] | dict[str, int], (list[int] | None).__args__)
print(list[T].__parameters__, (list[T] | list[S]).__parameters__, list[int | list[T]].__parameters__)
print((float | list[T])[int] == float | list[int], list[T][str], dict[S, list[T]][int, str])
print((list[T] | list[S])[int, T] == list[int] | list[T], (list[T] | list[S])[int, int])
print(list[int | list[T]][str] == list[int | list[str]])
for bad in [lambda: (int | str)[int], lambda: list[T][int, str], lambda: (list[T] | list[S])[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
orig = list[T] | int
for c in (copy.copy(orig), copy.deepcopy(orig)) + tuple(
        pickle.loads(pickle.dumps(orig, p)) for p in range(pickle.HIGHEST_PROTOCOL + 1)):
    assert c == orig and c.__args__ == orig.__args__ and c.__parameters__ == orig.__parameters__
print(list[int].__reduce__(), copy.copy(list[str]) == list[str], pickle.loads(pickle.dumps(dict[str, T])))
x = int | T | bytes
print(type(x).__module__, x[str] == int | str | bytes)


class Sub(types.GenericAlias):
    pass


d = Sub(list, float)
print(type(d).__name__, d, d == list[float], list[int] | d, (d | int).__args__)


class BadMeta(type):
    __qualname__ = "TypeVar"

    @property
    def __module__(self):
        1 / 0


TV = BadMeta("TypeVar", (), {})
try:
    str | TV()
except (TypeError, ZeroDivisionError) as e:
    print(type(e).__name__)

import collections.abc

cb = collections.abc.Callable[[int], str]
print(type(cb).__name__, cb, cb | int, (collections.abc.Callable[..., str] | int).__args__)
x2 = int | list[T] | bytes
print(x2[cb] == int | list[cb] | bytes)
