import warnings
for src in ["0b12", "0b1_2", "0b2", "0b1_", "0b", "0o18", "0o1_8", "0o8", "0o1_", "0o", "0x1_", "0x", "1_", "012",
            "1.2_", "1e2_", "1e+", "0xfand x", "1and x", "0or x", "1.if x else y", "1ein x", "1jfor", "9spam",
            "x if 1else y", "0x_1f", "1_000.000_1e1_0", "0_0", "00", "1__0", "0x1__0", ".5", "5.", "1e5", "0e0", "0 if 1Else 0"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = compile(src, "<t>", "eval")
            print(repr(src), "ok", [str(x.message) for x in w])
        except SyntaxError as e:
            print(repr(src), "SyntaxError", e.msg, e.offset, [str(x.message) for x in w])
print(eval("1 if 1else 0"), eval("0x_ff"), eval("1_0.5e1_0"))
