srcs = [
"match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
"match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
"match x:\n    case int:\n        pass\n    case str:\n        pass\n",
"match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
"match x:\n    case [a, a]:\n        pass\n",
"match x:\n    case (a | b):\n        pass\n",
"match x:\n    case a | 1:\n        pass\n",
"match x:\n    case 1 | a:\n        pass\n",
"match x:\n    case {**rest, 'a': 1}:\n        pass\n",
"match x:\n    case [*a, *b]:\n        pass\n",
"match x:\n    case C(a=1, a=2):\n        pass\n",
"match x:\n    case C(a=1, 2):\n        pass\n",
"match x:\n    case 1 + 2:\n        pass\n",
"match x:\n    case f():\n        pass\n",
"match x:\n    case {x.y: 1, x.y: 2}:\n        pass\n",
"match x:\n    case _ as y:\n        pass\n",
"match x:\n    case 1 as _:\n        pass\n",
"match x:\n    case [a, b] if a:\n        pass\n    case z:\n        pass\n    case _:\n        pass\n",
"match x:\n    case a.b:\n        pass\n",
"match x:\n    case -a:\n        pass\n",
"match x:\n    case {**_}:\n        pass\n",
"match x:\n    case 1j + 1:\n        pass\n",
]
for s in srcs:
    try:
        compile(s, "<m>", "exec")
        print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
class C:
    __match_args__ = ('a',)
    def __init__(self): self.a = 1
for v in (C(),):
    try:
        match v:
            case C(1, 2):
                pass
    except TypeError as e:
        print(e)
    try:
        match v:
            case C(a=1, b=2):
                pass
            case int(1, 2):
                pass
    except TypeError as e:
        print(e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(e)
class D:
    __match_args__ = 'a'
try:
    match D():
        case D(x):
            pass
except TypeError as e:
    print(e)
match 1:
    case x:
        pass
    case 2:
        pass
