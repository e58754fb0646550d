# numeric literals take ASCII digits only: digits of other scripts (Arabic-Indic, Devanagari, fullwidth) next to
# or inside a literal are CPython's SyntaxErrors, while int() and float() of a string accept them
snippets = ["x = \u0663.\u0665", "x = 1\u0663", "x = 1.\u0665", "x = 0x\u0663", "x = 1_\u0663", "x = 1e\u0663",
            "x = .\u0665", "x = 0b1\u0663", "x = 0o\u0663", "x = \u0967\u0968", "x = \uff11\uff12", "x = 12\uff13",
            "x = 0b12", "x = 1__0", "x = 0x_", "x = 1.5j\u0663"]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print(ascii(src), "compiles")
    except SyntaxError as e:
        print(ascii(src), "->", e.msg, e.offset)
print(int("\u0663\u0664"), float("\u0663.\u0665"), int("\uff11\uff12"), complex("\u0661+\u0662j"))
print(1_000.25e-1, 0xFF_ff, 0o17, 0b1_0, 3.5j, .5, 5.)
