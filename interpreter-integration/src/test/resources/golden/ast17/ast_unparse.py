# ast.unparse(ast.parse(src)) gives source that parses back to the same tree
import ast

SOURCES = [
    "x = 1",
    "a, *b = c = d",
    "print(-1 + 2 * (3 - 4) ** -5, not a, ~b)",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:\n    '''doc'''\n    return f'{a!r:>{b}} {c}'",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 3\n    async def g(self):\n        await z\n        async for a in b:\n            yield a",
    "if a:\n    pass\nelif b:\n    x += 1\nelse:\n    del x[0], y.z",
    "for i, j in z:\n    break\nelse:\n    continue",
    "with open(p) as fh, q:\n    ...",
    "try:\n    raise E from e\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* ValueError as eg:\n    pass",
    "match p:\n    case [1, -2, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n"
    "    case Point(x=0, y=1 | 2) as pt if pt:\n        pass\n    case None | 's' | 1 + 2j:\n        pass\n"
    "    case _:\n        pass",
    "lambda x, *, y=1: x if y else not x",
    "a < b <= c is not d in e",
    "import os.path as p, sys\nfrom ..m import a as b, c",
    "r = [i for i in range(3) if i] + {k: v for k, v in d} + {*s} + (x for x in y)",
    "(y := 10)\nglobal g\nassert x, 'm'",
    "x = a[1:2, ::3]\ny = b[...]\nz = {**d, 'a': 1}",
    "s = 'quote\\'s' + \"dq\" + b'\\x00' + '\\n'",
    "f'{x=}' f'{y!s:{w}.{p}}'",
]

for src in SOURCES:
    t = ast.parse(src)
    out = ast.unparse(t)
    print(out)
    print('---', ast.dump(ast.parse(out)) == ast.dump(t))
