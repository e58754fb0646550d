# Class patterns: positional sub-patterns through __match_args__, keyword sub-patterns, built-in types.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d on plane at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0):
            return "unreachable"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"somewhere: {p}"
        case Circle(center=Point(0, 0), r=r):
            return f"circle at origin, radius {r}"
        case Circle(r=r):
            return f"circle radius {r}"
        case _:
            return "unknown"


for p in [Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 0), Point(0, 5), Point(4, 0), Point(3, 3),
          Point(1, 2), Circle(Point(0, 0), 2), Circle(Point(1, 1), 3), 17]:
    print(p.__class__.__name__, "->", where(p))


# built-in types match the whole subject with one positional sub-pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case complex():
            return f"complex {v}"
        case str(s) if not s:
            return "empty str"
        case str() as s:
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes {bytes(b)!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((x, y)):
            return f"pair {x} {y}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set() | frozenset():
            return f"set of {len(v)}"
        case _:
            return "other"


for v in [True, -3, 7, 1.5, 2j, "", "abc", b"x", bytearray(b"y"), [9, 8], (1, 2), {"k": 0}, {1}, frozenset(), None, []]:
    print(repr(v), "->", kind(v))


# attributes are looked up lazily and a missing one is a failed match, not an error
class Lazy:
    @property
    def a(self):
        print("  computing a")
        return 1

    @property
    def b(self):
        raise AttributeError("no b")


match Lazy():
    case Lazy(a=2, b=1):
        print("unreachable")
    case Lazy(a=1, b=_):
        print("unreachable too")
    case Lazy(a=x):
        print("a is", x)


# isinstance semantics: subclasses match, __instancecheck__ is honoured
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)


class AnyInt(metaclass=Meta):
    pass


match 5:
    case AnyInt():
        print("5 is an AnyInt")

# errors the class pattern raises at run time
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class BadNames:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("a",)
    a = 1


def bad(subject, which):
    try:
        match subject:
            case NoArgs(1) if which == 0:
                pass
            case BadArgs(1) if which == 1:
                pass
            case BadNames(1) if which == 2:
                pass
            case Dup(1, a=1) if which == 3:
                pass
            case int(1, 2) if which == 4:
                pass
            case Point(1, 2, 3) if which == 5:
                pass
    except TypeError as e:
        print("TypeError:", e)


bad(NoArgs(), 0)
bad(BadArgs(), 1)
bad(BadNames(), 2)
bad(Dup(), 3)
bad(1, 4)
bad(Point(1, 2), 5)

class NS:
    not_a_class = len


try:
    match 1:
        case NS.not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)
