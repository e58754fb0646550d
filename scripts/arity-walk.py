"""Calls every method of the built-in types and every function of builtins and math with 0..n+1 None arguments.

usage: python3 scripts/arity-walk.py table > TABLE   (CPython 3.11: write the expected table)
       bin/stmpy scripts/arity-walk.py compare TABLE  (any interpreter: the differences and "agree N of M")
A line of the table: owner, name, k, defining class, outcome (tab-separated); owner is the object the method is
taken from (a factory below, "T.class" for a class's own class/static methods, "builtins", "math"), n is the
count of positional parameters by inspect.signature (3 when it has none), the defining class is where CPython
finds the name (its __mro__), and the outcome is 'ok' or 'ExcType: message' (addresses scrubbed). The
declarations of stmpy's arity checks are generated from the table by scripts/arity-decl.py.
"""
import re
import sys
import collections
import math
import itertools

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
SKIP_BUILTINS = {"input", "breakpoint", "help", "exit", "quit", "open", "print", "copyright", "credits",
                 "license", "__build_class__", "__import__", "exec", "eval", "compile", "globals", "locals",
                 "vars", "dir", "memoryview", "aiter", "anext"}
SKIP_METHODS = {"__reduce__", "__reduce_ex__", "__getstate__", "__sizeof__", "__dir__", "__init_subclass__",
                "__subclasshook__", "__class_getitem__", "__getnewargs__", "__getnewargs_ex__", "__format__"}
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


def arity(f):
    import inspect
    try:
        sig = inspect.signature(f)
    except (TypeError, ValueError):
        return 3
    n = 0
    for p in sig.parameters.values():
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            n += 1
        elif p.kind == p.VAR_POSITIONAL:
            n += 1
    return min(n, 4)


def cases():
    for owner, make in FACTORIES.items():
        o = make()
        for name in sorted(dir(o)):
            if name in SKIP_METHODS or name == "__class__":
                continue
            try:
                f = getattr(o, name)
            except AttributeError:
                continue
            if not callable(f):
                continue
            for k in range(arity(f) + 2):
                yield owner, name, k
    for owner, t in TYPES.items():
        for name in sorted(t.__dict__):
            v = t.__dict__[name]
            if type(v).__name__ in ("classmethod_descriptor", "staticmethod", "builtin_function_or_method") \
                    and name not in SKIP_METHODS:
                f = getattr(t, name)
                for k in range(arity(f) + 2):
                    yield owner + ".class", name, k
    import builtins
    for name in sorted(vars(builtins)):
        v = getattr(builtins, name)
        if name in SKIP_BUILTINS or name.startswith("_") or not callable(v):
            continue
        if isinstance(v, type) and issubclass(v, BaseException):
            continue
        for k in range(arity(v) + 2):
            yield "builtins", name, k
    for mname, m in MODULES.items():
        for name in sorted(vars(m)):
            v = getattr(m, name)
            if name.startswith("_") or not callable(v):
                continue
            for k in range(arity(v) + 2):
                yield mname, name, k


def target(owner, name):
    if owner in FACTORIES:
        return getattr(FACTORIES[owner](), name)
    if owner.endswith(".class"):
        return getattr(TYPES[owner[:-6]], name)
    if owner == "builtins":
        import builtins
        return getattr(builtins, name)
    return getattr(MODULES[owner], name)


def defining(owner, name):
    if owner in ("builtins",) or owner in MODULES:
        return owner
    t = TYPES[owner[:-6]] if owner.endswith(".class") else type(FACTORIES[owner]())
    for c in t.__mro__:
        if name in c.__dict__:
            return c.__name__
    return "?"


def run(owner, name, k):
    try:
        f = target(owner, name)
    except AttributeError as e:
        return "missing: " + str(e)
    return outcome(f, k)


def main():
    if sys.argv[1] == "table":
        for owner, name, k in cases():
            print("%s\t%s\t%d\t%s\t%s" % (owner, name, k, defining(owner, name), run(owner, name, k)))
        return
    agree = total = 0
    diffs = []
    with open(sys.argv[2], encoding="utf-8") as fh:
        for line in fh:
            owner, name, k, _, want = line.rstrip("\n").split("\t", 4)
            got = run(owner, name, int(k))
            total += 1
            if got == want:
                agree += 1
            else:
                diffs.append("%s.%s/%s\n  want %s\n  got  %s" % (owner, name, k, want, got))
    for d in diffs:
        print(d)
    print("agree %d of %d" % (agree, total))


main()
