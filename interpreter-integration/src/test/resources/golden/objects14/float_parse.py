# float() of strings: what is accepted and what is refused, with CPython's messages.
cases = ["1", "-1.5", "+.5", "5.", ".", "e5", "1e5", "1E+05", "1e-5", "1e", "1e+", "--1", "+-1", "1.2.3", " 42 ",
         "\t3.25\n", "1_000.5", "1__0", "_1", "1_", "1_e5", "inf", "-Infinity", "nan", "-nan", "+NaN", "infinit",
         "0x1p3", "1d", "1f", "", "   ", "١٢٣", "1e400", "-1e400", "1e-400", "00012.50", "123456789012345678901234567890",
         "0.1e1_0", ".e1", "1.e1", "+", "-", "1 2", "12e-3e4", "٣.٥"]
for c in cases:
    try:
        print(repr(c), repr(float(c)))
    except ValueError as e:
        print(repr(c), "ValueError:", e)
for b in (b"2.5", b" -7e2 ", b"x1"):
    try:
        print(b, float(b))
    except ValueError as e:
        print(b, "ValueError:", e)
print(sum(float("%d.%d" % (i, i)) for i in range(1000)))
