# Names are bound only when the whole pattern matched (before the guard runs).
def f(v):
    match v:
        case [x, 3]:
            return "three"
        case [y, *rest] if y > 100:
            return "big"
        case _:
            pass
    try:
        print("x", x)
    except NameError as e:
        print(type(e).__name__)
    try:
        print("y", y, rest)
    except NameError as e:
        print(type(e).__name__)
f([1, 2])
f([500, 2])
match {"a": 1, "b": 2}:
    case {"a": 1, "b": 3, **others}:
        pass
    case {"a": q} | {"z": q}:
        print("q", q)
print("others" in globals(), "q" in globals())
match [1, [2, 3]]:
    case [a, [b, c] | (b, c, _)] as whole:
        print(a, b, c, whole)
match (1, 2):
    case (p, 2) | (2, p):
        print("p", p)
match (2, 5):
    case (p, 2) | (2, p):
        print("p", p)
