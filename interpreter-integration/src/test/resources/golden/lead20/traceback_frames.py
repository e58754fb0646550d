# The frames a traceback shows, as CPython 3.11 shows them: no frame for what CPython does in C (the json
# scanner and encoder, array), the user's callbacks still shown; no source line for code compiled from a string;
# a method call spread over lines points at the method name's line and columns.
import array
import json
import traceback


def frames(exc):
    out = []
    for fs in traceback.extract_tb(exc.__traceback__):
        where = fs.filename if fs.filename.startswith("<") and fs.filename.endswith(">") else "file"
        out.append((fs.name, where))
    return out


def user_lines(exc):
    # the formatted entries of this file and of <string>: position lines and carets included
    out = []
    for fs in traceback.extract_tb(exc.__traceback__):
        if fs.filename == __file__ or fs.filename == "<string>":
            out.append((fs.name, fs.lineno, fs.line, fs.colno, fs.end_colno))
    return out


for doc in ['{', '[1, 2', '{"a": }', '"abc', '[1] x']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, frames(e))


class Odd:
    pass


def bad_default(o):
    raise TypeError("cannot encode %s" % type(o).__name__)


for obj, kw in [({"a": Odd()}, {}), ([1, [2, {"b": Odd()}]], {"default": bad_default}),
                ({"x": float("nan")}, {"allow_nan": False}), ({(1, 2): 3}, {})]:
    try:
        json.dumps(obj, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, frames(e))

a = array.array("i", [1, 2])
for v in ["x", 2 ** 40, 1.5]:
    try:
        a.append(v)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e, frames(e))

try:
    exec("x = 1\ny = x / 0\n")
except ZeroDivisionError as e:
    print(frames(e))
    print(user_lines(e))
    print("".join(traceback.format_exception(e)).count("y = x / 0"))


class Builder:
    def __init__(self, **kw):
        self.kw = kw

    def build(self, n=0):
        return self.kw["missing"] + n


def make(**kw):
    return Builder(a=1,
                   **kw).build(2)


def make_kw(**kw):
    return Builder(a=1,
                   **kw).build(n=2)


for fn in (make, make_kw):
    try:
        fn(b=2)
    except KeyError as e:
        print(fn.__name__, user_lines(e))
