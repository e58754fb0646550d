# Invalid match statements are SyntaxErrors with CPython's messages; 'match' and 'case' stay soft keywords.
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y | 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case C(x=1, x=2):\n        pass\n",
    "match x:\n    case C(x=1, 2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {'a': a, 'a': b}:\n        pass\n",
    "match x:\n    case f'x':\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case 1j + 1:\n        pass\n",
    "match x:\n    case (1 as _):\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case -x:\n        pass\n",
    "match x:\n    case a as b as c:\n        pass\n",
    "match x:\n    case {x: 1}:\n        pass\n",
    "match x:\n    pass\n",
    "match x:\ncase 1:\n    pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    case [a, (b | c)]:\n        pass\n",
    "match x:\n    case {'k': v, **v}:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "line", e.lineno, ":", e.msg)

# soft keywords as ordinary names
match = [1, 2]
case = 3
print(match, case)
match[0] = 10
print(match)


def match(*args):
    return args


print(match(1, 2))
match (3, 4):
    case (a, b):
        print("statement after a call-like subject", a, b)
print(callable(match))
