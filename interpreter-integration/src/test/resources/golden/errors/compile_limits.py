# compile() of pathological sources gives CPython's errors, never a crash.
cases = [
    ("5000 parentheses", "x = " + "(" * 5000 + ")" * 5000),
    ("201 brackets", "x = " + "[" * 201 + "]" * 201),
    ("200 brackets", "x = " + "[" * 200 + "]" * 200),
    ("10000 unary minus", "x = " + "-" * 10000 + "1"),
    ("10000 not", "x = " + "not " * 10000 + "x"),
    ("5000 lambdas", "f = " + "lambda: " * 5000 + "1"),
    ("5000 conditional expressions", "x = " + "1 if x else " * 5000 + "1"),
    ("5000 powers", "x = " + "2 ** " * 5000 + "1"),
    ("10000 elif", "if x: pass\n" + "elif x: pass\n" * 10000),
    ("4000 additions", "x = " + " + ".join(["1"] * 4000)),
    ("4000 calls", "x = f" + "()" * 4000),
    ("4000 subscripts", "x = a" + "[0]" * 4000),
    ("2000 additions", "x = " + " + ".join(["1"] * 2000)),
    ("150 indents", "".join(" " * i + "if x:\n" for i in range(150)) + " " * 150 + "pass"),
    ("21 nested while", "".join("    " * i + "while x:\n" for i in range(21)) + "    " * 21 + "pass"),
    ("21 nested with", "".join("    " * i + "with x:\n" for i in range(21)) + "    " * 21 + "pass"),
    ("20 nested try/except", "".join("    " * i + "try:\n" for i in range(20)) + "    " * 20 + "pass\n"
     + "".join("    " * i + "except E: pass\n" for i in reversed(range(20)))),
    ("20 nested for", "".join("    " * i + "for x in y:\n" for i in range(20)) + "    " * 20 + "pass"),
    ("99 nested functions", "".join("    " * i + "def f():\n" for i in range(99)) + "    " * 99 + "pass"),
    ("huge string", "x = '" + "a" * 100000 + "'"),
    ("20000 statements", "x = 1\n" * 20000),
    ("20000 tuple items", "x = " + ",".join(["1"] * 20000)),
]
for label, src in cases:
    try:
        compile(src, "<case>", "exec")
        print(label, "-> compiled")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(label, "->", type(e).__name__ + ":", e.msg if isinstance(e, SyntaxError) else e)
