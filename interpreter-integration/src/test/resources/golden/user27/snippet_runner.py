"""A snippet sandbox: runs user code given as str or bytes, and reports syntax errors as an editor would."""
import sys
import traceback


SNIPPETS = [
    ("sum", "result = sum(range(10))"),
    ("bytes source", b"result = 'caf\xc3\xa9'.upper()"),
    ("eval bytes", b"6 * 7"),
    ("unicode names", "ﬁle = 3\nresult = file * 2"),
    ("greek", "π = 3.14159\nrésumé = round(π, 2)\nresult = résumé"),
    ("euro", "price = 5€"),
    ("dollar", "x = $5"),
    ("unmatched", "data = [1, 2, 3)"),
    ("unclosed string", "msg = 'hello\nresult = 1"),
    ("bad number", "n = 0777"),
    ("bad literal", "n = 12abc"),
    ("fstring backslash", "name = 'x'\nresult = f\"{'\\n'.join([name, name])}\""),
    ("fstring hash", "result = f'{1 # comment}'"),
    ("fstring ok", "name = 'x'\nsep = '\\n'\nresult = f'{sep.join([name, name])!r}'"),
    ("attr name", "result = getattr(object(), 42)"),
    ("type subscript", "class Plain: pass\nresult = Plain[int]"),
    ("builtin subscript", "result = int[str]"),
    ("generic builtins", "result = [list[int], dict[str, int], tuple[int, ...], type[int], frozenset[str]]"),
    ("join", "result = ', '.join(5)"),
    ("exec number", "exec(5)"),
    ("format arg", "result = format(3.5, 2)"),
    ("reduce", "import functools\nresult = functools.reduce(max)"),
]


def run(label, src):
    env = {}
    try:
        if label.startswith("eval"):
            value = eval(src, env)
        else:
            exec(src, env)
            value = env.get("result")
        print(f"{label:18} -> {value!r}")
    except SyntaxError as e:
        print(f"{label:18} SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})")
        print("".join(traceback.format_exception_only(e)).rstrip())
    except Exception as e:
        print(f"{label:18} {type(e).__name__}: {e}")


for label, src in SNIPPETS:
    run(label, src)


class Field:
    __iter__ = None

    def __len__(self):
        return 10 ** 20


for check in (lambda: iter(Field()), lambda: 3 in Field(), lambda: len(Field()), lambda: bytearray(-2),
              lambda: b"|".join([b"a", "b"]), lambda: b"|".join([b"a", bytearray(b"b"), memoryview(b"c")])):
    try:
        print(check())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
for status in [(), (None,), ((2, "two"),), ("bye",), (3,)]:
    try:
        sys.exit(*status)
    except SystemExit as e:
        print("SystemExit", e.args, repr(e.code))
print(repr(staticmethod(len)), repr(classmethod(len)).replace("built-in function ", ""))
import struct, zoneinfo, decimal
print(repr(struct.Struct("<i")).split(" object")[0], repr(zoneinfo.ZoneInfo("Europe/Paris")))
print(decimal.Context(traps=[decimal.Overflow, decimal.Inexact, decimal.DivisionByZero]))
