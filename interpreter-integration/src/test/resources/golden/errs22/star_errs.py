srcs = ["*a = 1", "a, *b, *c = x", "*a", "print(*a for a in b)", "x = *a", "del *a", "[*a] = 1", "*a, = 1", "f(**a, *b)",
        "for *x in y: pass", "return *a, b", "x = *a, *b", "{**a: 1}", "a, *b, c, *d, e = f",
        "*a += 1", "print(* a)", "x = [*]", "f(*)", "f(**)", "*a, *b = c", "def f(*): pass", "def f(*, **k): pass", "def f(**k, a): pass",
        "def f(*a, *b): pass", "def f(a=1, b): pass", "def f(a, /, b, /): pass", "def f(/, a): pass", "def f(*, /): pass"]
for s in srcs:
    try:
        compile(s if not s.startswith("return") else "def f():\n    " + s, "<s>", "exec")
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
