# Unbounded recursion through special methods and the built-ins that call them ends in RecursionError.
import sys


class SelfRepr:
    def __repr__(self):
        return "<%r>" % (self,)


class SelfStr:
    def __str__(self):
        return str(self)


class SelfEq:
    def __eq__(self, other):
        return self == other

    __hash__ = object.__hash__


class SelfHash:
    def __hash__(self):
        return hash(self)


class SelfGetattr:
    def __getattr__(self, name):
        return getattr(self, "x" + name)


class SelfLen:
    def __len__(self):
        return len(self)


class SelfIter:
    def __iter__(self):
        return iter(self)


class SelfBool:
    def __bool__(self):
        return bool(self)


class SelfAdd:
    def __add__(self, other):
        return self + other


def nested_list_repr():
    x = []
    for _ in range(100000):
        x = [x]
    return repr(x)


def recurse(n):
    return recurse(n + 1) + 1


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    return mutual_a(n)


def generator_chain():
    def gen(n):
        yield from gen(n + 1)

    return list(gen(0))


cases = [
    ("repr", lambda: repr(SelfRepr())),
    ("str", lambda: str(SelfStr())),
    ("format", lambda: "%s" % SelfStr()),
    ("eq", lambda: SelfEq() == 1),
    ("in list", lambda: SelfEq() in [1, 2]),
    ("hash", lambda: hash(SelfHash())),
    ("dict key", lambda: {SelfHash(): 1}),
    ("set add", lambda: {SelfHash()}),
    ("getattr", lambda: SelfGetattr().a),
    ("len", lambda: len(SelfLen())),
    ("iter", lambda: iter(SelfIter())),
    ("bool", lambda: bool(SelfBool())),
    ("if", lambda: 1 if SelfBool() else 0),
    ("add", lambda: SelfAdd() + 1),
    ("function", lambda: recurse(0)),
    ("mutual", lambda: mutual_a(0)),
    ("yield from", generator_chain),
    ("sorted key", lambda: sorted([3, 1, 2], key=lambda v: recurse(v))),
    ("map", lambda: list(map(recurse, [1]))),
]
for label, f in cases:
    try:
        f()
        print(label, "returned")
    except RecursionError as e:
        # CPython adds where the limit was hit (" while calling a Python object", " in comparison", ...)
        print(label, "-> RecursionError:", str(e).split(" while")[0].split(" in comparison")[0])

# the interpreter is still usable afterwards, and the limit is adjustable
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0) < 200)
sys.setrecursionlimit(1000)
print("after:", repr([1, [2, [3]]]), {1: "a"} == {1: "a"})
