# A class browser over two small modules written to the working directory, with pyclbr: classes, methods,
# nested definitions, base classes resolved across an import, and the errors.
import os
import pyclbr

BASE = '''class Base:
    def describe(self):
        return "base"


class _Hidden:
    pass


def util():
    pass
'''

SHAPES = '''from golden_tmp_base import *
import golden_tmp_base


class Shape(Base):
    """A shape."""
    sides = 0

    def area(self):
        return 0

    async def draw(self, canvas):
        def helper():
            pass
        return helper

    class Meta:
        pass


class Square(Shape, golden_tmp_base.Base, golden_tmp_base.Missing, elsewhere.Thing, Unknown):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


def make(kind):
    class Local:
        pass
    return Local


async def fetch():
    pass
'''


def show(o, indent=""):
    kind = type(o).__name__
    print(indent + o.name, kind, o.module, os.path.basename(o.file), o.lineno, o.end_lineno,
          o.parent and o.parent.name)
    if isinstance(o, pyclbr.Class):
        print(indent + "  super:", [b if isinstance(b, str) else (b.name, b.module) for b in o.super])
        print(indent + "  methods:", sorted(o.methods.items()))
    else:
        print(indent + "  async:", o.is_async)
    for name in sorted(o.children):
        show(o.children[name], indent + "    ")


with open("golden_tmp_base.py", "w") as f:
    f.write(BASE)
with open("golden_tmp_shapes.py", "w") as f:
    f.write(SHAPES)
try:
    tree = pyclbr.readmodule_ex("golden_tmp_shapes", ["."])
    for name in sorted(tree):
        show(tree[name])
    print("classes:", sorted(pyclbr.readmodule("golden_tmp_shapes", ["."])))
    print("base module:", sorted(pyclbr.readmodule_ex("golden_tmp_base", ["."])))
    try:
        pyclbr.readmodule_ex("golden_tmp_no_such_module")
    except ImportError as e:
        print(type(e).__name__, e, e.name)
    print("sys:", pyclbr.readmodule_ex("sys"))
    print("json is a package:", "__path__" in pyclbr.readmodule_ex("json"))
    print("json.decoder has JSONDecoder:", "JSONDecoder" in pyclbr.readmodule("json.decoder"))
    f = pyclbr.Function("m", "f", "m.py", 3, end_lineno=5)
    c = pyclbr.Class("m", "C", ["B"], "m.py", 1, end_lineno=9)
    g = pyclbr.Function("m", "g", "m.py", 4, c, True)
    print(f.parent, f.children, f.is_async, c.super, c.methods, sorted(c.children), g.parent.name, g.end_lineno)
finally:
    os.remove("golden_tmp_base.py")
    os.remove("golden_tmp_shapes.py")
