# a calculator console: each line is compiled as Python and the mistakes are shown as Python shows them
import traceback

env = {"x": 3, "y": 4, "vals": [1, 2, 3]}
session = [
    "x + y",
    "total = x * y",
    "*rest = vals",
    "first, *mid, *last = vals",
    "a = (*vals)",
    "(*vals) = 1, 2",
    "{*vals: 1}",
    "square = lambda *: x",
    "f = lambda v",
    "g = (lambda v w: v)",
    "del *vals",
    "del (x, *vals)",
    "print(*vals)",
    "first, *rest = vals",
    "rest",
    "[*vals, *vals]",
    "{**{'a': 1}, 'b': 2}",
    "f'{x!z}'",
    "f'{x:{y:{x}}}'",
    "'unterminated",
    "def h(*): pass",
]
for line in session:
    try:
        try:
            code = compile(line, "<calc>", "eval")
        except SyntaxError:
            code = compile(line, "<calc>", "exec")
        result = eval(code, env)
        if result is not None:
            print(">>>", line, "=", result)
        else:
            print(">>>", line)
    except SyntaxError as e:
        print(">>>", line)
        print("".join(traceback.format_exception_only(e)).rstrip())
        print("    (offset %s-%s)" % (e.offset, e.end_offset))
    except Exception as e:
        print(">>>", line, "!!", type(e).__name__, e)
