"""Format specs a report generator gets wrong: options a str does not take, the 3.11 'z' option (no negative
zero after rounding), %c and the 'c' type outside the code points, zero padding of strings."""
cases = [
    ("s", ",s"), ("s", "_"), ("s", "=5"), ("s", "+"), ("s", " "), ("s", "#"), ("s", "z"), ("s", "05"), ("s", "<05"),
    ("s", ">05"), ("s", "^06.2"), ("s", "x<5"),
    (-0.01, "z.1f"), (-0.01, ".1f"), (-0.0, "z"), (-0.0, "zg"), (-0.004, "z.2%"), (-1e-9, "z.3e"), (-0.5, "z.0f"),
    (-1.5, "z.0f"), (float("-inf"), "z"), (float("nan"), "z.1f"), (-0.01, "+z.1f"), (-0.01, " z.1f"),
    (-0.01, "z08.1f"), (-0.01, "z,.1f"), (0, "z"), (-1, "zd"), (-1, "z.1f"), (complex(-0.0, -0.001), "z.1f"),
    (65, "c"), (0x10ffff + 1, "c"), (-1, "c"), (2**70, "c"), (9731, "^5c"), (97, "+c"), (True, "z.1f"),
]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
for fmt, args in [("%c", 99999999), ("%c", -1), ("%c", 65), ("%c", "é"), ("%c", "ab"), ("%c", 2.0), ("%5c|", 66),
                  ("%-3c|", "z"), ("%c", 0x10ffff)]:
    try:
        print(repr(fmt), ascii(fmt % args))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print(f"{-0.0001:z.2f}|{-0.0001:.2f}|{'ab':>{5}}|{-0.0:z}|{0.0:z}|{-7e-5:z.1e}")
rows = [("a", -0.004), ("b", 1.25), ("c", -0.0)]
for name, val in rows:
    print(f"{name:<3}{val:z>8.2f}{val:z8.2f}|")
for v in [1 + 2j, -1.5 - 2j, 3j, -3j, complex(-0.0, 1), complex(0.0, -0.0), 1e16 + 1e-7j, complex("inf-nanj"), 2 + 0j,
          complex(1234567.891, -0.004)]:
    out = []
    for spec in ["", ".1f", ">20", "<18.3e", "g", ".2", "+.2f", " .3g", "^22,.2f", "*>24", "z.1f", "#.0f", "E", "n",
                 "%", "05", "0>9", "=12", "d", "_.1f"]:
        try:
            out.append(format(v, spec))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    print(repr(v), out)
z = 3 - 4j
print(f"z = {z:.2f}, |z| = {abs(z):.1f}, {z!r:>12}|{z!s:<10}|{z.conjugate():g}")
print("{0:.3f} {0.real:.1f} {0.imag:+.1f}".format(0.5j - 2))
class CC:
    def __complex__(self): return 2 + 3j
for args in [(0.0, -0.0), (1.0, -0.0), (-0.0, -0.0), (0, -0.0), (1 + 2j, 3), (1 + 2j, 3j), (2, 1j), (CC(), 1), (CC(),), (1.5,), (-0.0,), (0j, -0.0)]:
    print(args[0] if not isinstance(args[0], CC) else 'CC', repr(complex(*args)))
for v, s in [(5, "<05"), (5.5, "<08"), (5, "^05"), (-5, "05"), (5, "x<05"), ("s", "<05"), ("s", "05"), (-5, "<06"), (5, "=05"), (255, "<#08x"), (1234, "<09,"), (1.5, "^09.2f")]:
    print(repr(format(v, s)))
