"""Render a document tree with functools.singledispatch, singledispatchmethod and cached_property."""
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cached_property, singledispatch, singledispatchmethod, total_ordering
import datetime


@singledispatch
def fmt(value):
    return f"<{type(value).__name__}>"


@fmt.register
def _(value: int):
    return f"{value:,}"


@fmt.register
def _(value: float):
    return f"{value:.3f}"


@fmt.register(Decimal)
@fmt.register(Fraction)
def _(value):
    return f"{type(value).__name__}({value})"


@fmt.register(list)
@fmt.register(tuple)
def _(value):
    return "[" + ", ".join(fmt(v) for v in value) + "]"


@fmt.register
def _(value: datetime.date):
    return value.strftime("%d %b %Y")


@fmt.register
def _(value: bool):
    return "yes" if value else "no"


@dataclass
class Node:
    tag: str
    children: list = field(default_factory=list)
    text: str = ""

    @cached_property
    def size(self):
        print(f"  (computing size of {self.tag})")
        return 1 + sum(c.size for c in self.children)


class Renderer:
    def __init__(self):
        self.depth = 0

    @singledispatchmethod
    def render(self, obj):
        raise NotImplementedError(f"cannot render {type(obj).__name__}")

    @render.register
    def _(self, obj: Node):
        pad = "  " * self.depth
        lines = [f"{pad}<{obj.tag}>" + (f" {obj.text}" if obj.text else "")]
        self.depth += 1
        for c in obj.children:
            lines.extend(self.render(c))
        self.depth -= 1
        return lines

    @render.register
    def _(self, obj: str):
        return ["  " * self.depth + repr(obj)]


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


for v in [1234567, 2.5, Decimal("1.10"), Fraction(3, 9), [1, (2.0, True)], datetime.date(2024, 2, 29),
          True, None, "s", {1: 2}]:
    print(f"{v!r:32} -> {fmt(v)}")
print(sorted(fmt.registry, key=lambda t: t.__name__)[:4])
print(fmt.dispatch(bool).__name__, fmt.dispatch(object) is fmt.registry[object])

doc = Node("html", [Node("head", [Node("title", text="Hi")]), Node("body", [Node("p", text="one"), Node("p")])])
print("size", doc.size)
print("size again", doc.size, "in dict:", "size" in vars(doc))
del doc.size
print("after del", doc.children[0].size)
r = Renderer()
print("\n".join(r.render(doc)))
print(r.render("plain"))
try:
    r.render(42)
except NotImplementedError as e:
    print("error:", e)
vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("2") <= Version("1.0"))
try:
    Node.size.__set_name__(Node, "other")
except TypeError as e:
    print("set_name:", e)
class Bad:
    __slots__ = ("a",)
    @cached_property
    def p(self):
        return 1
try:
    Bad().p
except TypeError as e:
    print("slots:", e)
