for src in ["if 1:\nx = 1\n", "  x = 1\n", "if 1:\n    x=1\n  y=2\n", "def f():\n\treturn 1\n        pass\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
