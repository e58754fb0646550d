"""A report formatter's number edge cases: format specs on int/float/complex/Decimal/Fraction (fill, align,
sign, z, #, 0, grouping with , and _, precision, types b o x X c e E f F g G n %), repr/str of floats near
precision limits, rounding (half-even, negative digits), float.hex/fromhex, as_integer_ratio, int() parsing
with bases and underscores, and the error messages of bad specs."""
from decimal import Decimal
from fractions import Fraction

ints = [0, 7, -42, 255, 1234567, -9876543210, 2**64]
specs = ["d", "+d", " d", "08d", "<8d", "^9d", "*>10,d", "_d", ",d", "#x", "#X", "#o", "#b", "_b", "010_x",
         "c", "=+10d", "n", "e", ".2%"]
for s in specs:
    row = []
    for n in ints:
        try:
            row.append(format(n, s))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(f"{s:8}", row)

floats = [0.0, -0.0, 1.5, 2.5, -2.675, 1e-7, 123456789.125, 1e16, 1.7976931348623157e308, 5e-324,
          float("inf"), float("-inf"), float("nan"), 0.1 + 0.2, 1 / 3]
for s in ["", "r", ".3f", ".0f", "e", ".2e", "E", "g", ".3g", "G", "#g", "#.0f", "+.1f", "z.1f", ",.2f",
          "_.3f", "010.2f", "<12.3", ">+12.2e", "%", ".1%", "n", ".10g", "a" if False else ".17g"]:
    row = []
    for x in floats:
        row.append(repr(x) if s == "r" else format(x, s))
    print(f"{s:8}", row)

for x in [0.1, 1e22, 1e23, 123e-20, 9007199254740993.0, 2.0**0.5, 1e-5, 0.0001, 1e15 + 0.3, 12345678901234567890.0]:
    print(repr(x), str(x), f"{x:.20g}", x.hex(), x.as_integer_ratio()[1] > 0, float.fromhex(x.hex()) == x)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1),
      round(-25, -1), round(1e300, 2), type(round(2.5)), type(round(2.5, 0)))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), (0.5).hex(), (-0.0).hex())
for z in [1 + 2j, -1.5j, complex(0, 0), complex(-0.0, -0.0), 3e20 + 1e-5j, complex(float("inf"), float("nan"))]:
    print(repr(z), str(z), format(z, ""), format(z, ".2f"), format(z, "^20"), format(z, "+.1e"))
d = Decimal("1234.5678")
print([format(d, s) for s in ["", ".2f", ",.3f", "e", ".3e", "g", ".2%", ">12.1f", "020,.2f", "+.0f"]])
fr = Fraction(22, 7)
print(f"{float(fr):.5f}", str(fr), repr(fr), format(Decimal(-0.0), ""), Decimal("1e-10"), Decimal("100").normalize())
for text, base in [("0x1F", 0), ("0o17", 0), ("0b1010", 0), ("1_000_000", 10), ("z", 36), ("  -12  ", 10),
                   ("0_7", 0), ("1__0", 10), ("12", 2), ("", 10), ("٣٤", 10), ("0x", 16), ("07", 0)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)
for bad in [(3, "q"), (3.0, "d"), ("s", "d"), (3, ".2s"), (3, ",_d"), (3.5, "x"), (1j, "%"), (3, "=^5"),
            ("s", "=5"), (3.0, "#c"), (1, "+c"), (300000000, "c"), (3, "-0+5d")]:
    try:
        print(bad, repr(format(*bad)))
    except (ValueError, TypeError, OverflowError) as e:
        print(bad, type(e).__name__ + ":", e)
print("%5.2f|%-6d|%+x|%o|%e|%g|%r|%c|%%|%05.1f|%#x|% d" % (3.14159, 42, 255, 8, 12345.678, 0.00001234, "s", 65, 2.25, 31, 7))
print("%(a)s-%(b)03d" % {"a": "x", "b": 5}, "%.3s" % "abcdef", "%*d" % (6, 42), "%-*.*f|" % (9, 2, 3.14159))
print(f"{12345.6789:,.2f}", f"{-1234:_}", f"{0.000012345:.3}", f"{1e100:.3}", f"{123:>{5}}", f"{'x':{'^'}{7}}")
