# Every method of the built-in types and every function of builtins and math called with 0..n+1 None
# arguments (the calls of _arity_cases.py): the outcome, 'ok' or the exception's type and message, must be
# CPython's. Most of them are argument-count errors, which CPython words by the kind of its C function.
import collections
import math
import re

from _arity_cases import CASES

FACTORIES = {
    "str": lambda: "abc",
    "bytes": lambda: b"abc",
    "bytearray": lambda: bytearray(b"abc"),
    "list": lambda: [1, 2, 3],
    "tuple": lambda: (1, 2, 3),
    "dict": lambda: {"a": 1},
    "set": lambda: {1, 2},
    "frozenset": lambda: frozenset({1, 2}),
    "int": lambda: 7,
    "float": lambda: 1.5,
    "complex": lambda: 1 + 2j,
    "bool": lambda: True,
    "range": lambda: range(3),
    "slice": lambda: slice(1, 2),
    "memoryview": lambda: memoryview(b"abc"),
    "object": lambda: object(),
    "generator": lambda: (x for x in ()),
    "deque": lambda: collections.deque([1, 2]),
    "list_iterator": lambda: iter([1]),
    "dict_keys": lambda: {"a": 1}.keys(),
    "dict_items": lambda: {"a": 1}.items(),
    "enumerate": lambda: enumerate([1]),
    "builtin_function": lambda: len,
}
TYPES = {"str": str, "bytes": bytes, "bytearray": bytearray, "list": list, "tuple": tuple, "dict": dict,
         "set": set, "frozenset": frozenset, "int": int, "float": float, "complex": complex, "object": object}
MODULES = {"math": math}
ADDR = re.compile(r" at 0x[0-9a-fA-F]+")


def outcome(f, k):
    try:
        f(*([None] * k))
        return "ok"
    except BaseException as e:  # noqa: everything is an outcome
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return type(e).__name__ + ": " + ADDR.sub(" at 0xX", str(e)).replace("\n", "\\n").replace("\t", " ")


def target(owner, name):
    if owner in FACTORIES:
        return getattr(FACTORIES[owner](), name)
    if owner.endswith(".class"):
        return getattr(TYPES[owner[:-6]], name)
    if owner == "builtins":
        import builtins
        return getattr(builtins, name)
    return getattr(MODULES[owner], name)


def run(owner, name, k):
    try:
        f = target(owner, name)
    except AttributeError as e:
        return "missing: " + str(e)
    return outcome(f, k)


for line in CASES.splitlines():
    owner, name, k = line.split()
    print("%s.%s/%s: %s" % (owner, name, k, run(owner, name, int(k))))
