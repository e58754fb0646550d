"""A collection framework checking the data-model contracts: bad dunder return values and their TypeErrors."""


class BadLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        return 1


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BadHash:
    def __hash__(self):
        return "h"


class BadIndex:
    def __index__(self):
        return 1.5


class BadIter:
    def __iter__(self):
        return [1, 2]


class NoIter:
    __iter__ = None


class BadNext:
    def __iter__(self):
        return self


class BadInt:
    def __int__(self):
        return "3"


class BadFloat:
    def __float__(self):
        return 1


class BadFormat:
    def __format__(self, spec):
        return 5


class BadLenType:
    def __len__(self):
        return "3"


class Unhashable:
    def __eq__(self, other):
        return True


class BadContains:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError


class BadEnter:
    pass


class BadAwait:
    def __await__(self):
        return 5


class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"


class BadBytes:
    def __bytes__(self):
        return "not bytes"


class BadComplex:
    def __complex__(self):
        return 1.0


class BadRound:
    def __round__(self, n=None):
        return "r"


class BadSetItem:
    def __getitem__(self, k):
        return k


cases = [
    ("len negative", lambda: len(BadLen(-1))),
    ("len huge", lambda: len(BadLen(2 ** 70))),
    ("len float", lambda: len(BadLen(1.0))),
    ("len str", lambda: len(BadLenType())),
    ("bool int", lambda: bool(BadBool())),
    ("if bool int", lambda: 1 if BadBool() else 0),
    ("repr int", lambda: repr(BadRepr())),
    ("str None", lambda: str(BadStr())),
    ("print None", lambda: f"{BadStr()}"),
    ("hash str", lambda: hash(BadHash())),
    ("hash unhashable", lambda: hash(Unhashable())),
    ("set of unhashable", lambda: {Unhashable()}),
    ("index float", lambda: [1, 2][BadIndex()]),
    ("iter list", lambda: iter(BadIter())),
    ("for over list iter", lambda: [x for x in BadIter()]),
    ("iter None", lambda: iter(NoIter())),
    ("in NoIter", lambda: 1 in NoIter()),
    ("next missing", lambda: next(iter(BadNext()))),
    ("int str", lambda: int(BadInt())),
    ("float int", lambda: float(BadFloat())),
    ("format int", lambda: format(BadFormat(), "")),
    ("fstring format", lambda: f"{BadFormat()}"),
    ("contains via getitem", lambda: (20 in BadContains(), 25 in BadContains(), list(BadContains()))),
    ("with no enter", lambda: exec("with BadEnter(): pass", globals())),
    ("bytes str", lambda: bytes(BadBytes())),
    ("complex float", lambda: complex(BadComplex())),
    ("round str", lambda: round(BadRound())),
    ("missing", lambda: (Missing(a=1)["a"], Missing()["zz"], Missing().get("zz"))),
    ("unpack int", lambda: exec("a, b = 5", {})),
    ("unpack count", lambda: exec("a, b = [1, 2, 3]", {})),
    ("unpack few", lambda: exec("a, b, c = [1]", {})),
    ("star unpack", lambda: exec("a, *b, c = [1]", {})),
    ("setitem", lambda: exec("BadSetItem()[1] = 2", globals())),
    ("delitem", lambda: exec("del BadSetItem()[1]", globals())),
    ("call instance", lambda: BadSetItem()()),
    ("await in sync", lambda: exec("import asyncio\nasync def f(): await BadAwait()\nasyncio.run(f())", globals())),
    ("compare", lambda: BadLen(1) < BadLen(2)),
    ("neg", lambda: -BadLen(1)),
    ("matmul", lambda: BadLen(1) @ BadLen(2)),
    ("iadd", lambda: exec("x = BadLen(1)\nx += 1", globals())),
    ("sorted mixed", lambda: sorted([1, "a"])),
    ("min of mixed", lambda: min([[1], (1,)])),
    ("dict update seq", lambda: dict([(1, 2, 3)])),
    ("dict update bad", lambda: {}.update([1])),
    ("str join", lambda: ", ".join(["a", 2])),
    ("bytes join", lambda: b"".join([b"a", "b"])),
    ("int + None", lambda: 1 + None),
    ("list * list", lambda: [1] * [2]),
    ("str - str", lambda: "a" - "b"),
    ("pow mod float", lambda: pow(2.0, 2, 3)),
    ("tuple assign", lambda: exec("t = (1,)\nt[0] = 2", {})),
    ("str assign", lambda: exec("s = 'x'\ns[0] = 'y'", {})),
    ("frozenset add", lambda: frozenset().add(1)),
]
for name, fn in cases:
    try:
        print(f"{name:22} ok {fn()!r}")
    except Exception as e:
        print(f"{name:22} {type(e).__name__}: {e}")
