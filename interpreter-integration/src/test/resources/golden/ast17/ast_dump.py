# ast.parse and ast.dump over the constructs of Python 3.11's grammar, with and without positions
import ast

SNIPPETS = [
    "x = 1",
    "a, *b = c = d",
    "x += 1; y.z -= 2; w[0] **= 3",
    "x: int = 3\n(y): str\nz.w: list",
    "del a, b.c, d[1:2, ::3]",
    "f(a, *b, k=1, **kw)",
    "-1 + +2 - ~3 * (not x) // 4 % 5 @ m",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "a and b or c and not d",
    "x if y else z",
    "lambda a, /, b=1, *c, d, e=2, **f: a",
    "[1, 2.5, 3j, 'abc', b'x', None, True, False, ...]",
    "{1: 2, **d, 3: 4}; {1, 2, *s}; ()",
    "[x for x in y if x for z in w]; {k: v for k, v in d}; {s for s in t}; (g for g in h)",
    "f(x for x in y)",
    "(y := 10)",
    "f'{a!r:>{w}} {b=} {c:.2f} plain {{}}'",
    "'implicit' 'concat'",
    "a[1:2:3]; a[:, 1]; a[...]",
    "def f(a: int, b: 'str' = 'x', *args: int, c, **kw: dict) -> None:\n    '''doc'''\n    return a",
    "@d1\n@d2(x)\nclass C(B, metaclass=M):\n    x: int\n    def m(self): pass",
    "async def f():\n    await x\n    async for a in b: pass\n    async with c as d: pass\n    return [i async for i in j]",
    "def g():\n    yield\n    yield 1\n    x = yield from h()",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "for i, j in z:\n    break\nelse:\n    continue",
    "while x:\n    x -= 1\nelse:\n    pass",
    "with open(p) as f, g as (a, b):\n    pass",
    "try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nexcept D:\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "import a.b.c as d, e\nfrom ..m import (x as y, z)\nfrom . import w\nfrom q import *",
    "def f():\n    global g\n    nonlocal n",
    "assert x, 'msg'",
    "match p:\n    case 0 | -1 | 1.5 | 2+3j | 'a' | b'b':\n        pass\n    case None | True:\n        pass\n"
    "    case [a, *rest, b] if a:\n        pass\n    case {'k': v, **kw}:\n        pass\n"
    "    case Point(1, y=2) as pt:\n        pass\n    case (x, y) | [x, y]:\n        pass\n"
    "    case a.b.c:\n        pass\n    case _:\n        pass",
    "x = '''multi\nline''' + f'''{a\n}'''",
    "s = 'héllo' + f(ünï)",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    print(ast.dump(tree))
for src in SNIPPETS:
    print(ast.dump(ast.parse(src), include_attributes=True, indent=1))
print(ast.dump(ast.parse("1 + x", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("x = 1"), annotate_fields=False))
t = ast.parse("a = 1\nprint(a)")
print([type(n).__name__ for n in ast.walk(t)])
print(ast.get_docstring(ast.parse('"""module doc"""\nx = 1')))
src = "def f(x):\n    return x * 2 + g(y)\n"
t = ast.parse(src)
ret = t.body[0].body[0]
print(ast.get_source_segment(src, ret.value), '|', ast.get_source_segment(src, ret.value.right))
print(ast.literal_eval(ast.parse("[1, (2, 3)]", mode="eval").body))
