import math, datetime
from decimal import Decimal
from fractions import Fraction
vals = [0, 1, -1, 42, 255, -255, 3.14159, -0.0, 1e21, 1.5e-7, float("inf"), float("nan"), 12345678.9]
specs = ["", "d", "5d", "<6", "^7", ">+8", "x", "#x", "#o", "#b", "08.3f", ",", "_", ".2e", ".3g", "%", ".1%",
         "+.2f", " .1f", "=+10", "*^12", "#010x", ",.2f", "_x", "g", "n", "c", "e", "#g", "z.1f"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            out.append("E:" + str(e)[:40])
    print(v, out)
print("%s %r %a %d %i %5.2f %-6s| %06.1f %x %X %o %e %g %c %%" % ("s", "r", "é", 3, 4, 2.5, "ab", -2.25, 255, 255, 8, 12345.678, 0.0001, 65))
print("%(a)s-%(b)05d" % {"a": "x", "b": 42})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("{0}{1}{0}".format("a", "b"), "{x.real}{y[1]}".format(x=3, y="pq"), "{:{w}.{p}f}".format(2.71828, w=10, p=3))
print("{!r:>10}|{!s:<5}|{!a}".format("hi", 1, "ñ"))
n = 1234.5
print(f"{n:,.1f} {n!r} {n=} {n:>{12}} {'q'*3} {n:e}")
print(f"{'nested {braces}'} {{literal}} {3+4=} {[1,2][0]}")
d = datetime.datetime(2024, 3, 5, 7, 8, 9, 123)
print(f"{d:%Y-%m-%d %H:%M:%S.%f %a %b %j %p %I}", format(d.date(), "%d/%m/%y"), f"{d.time():%H%M}")
print(format(Decimal("1234.5678"), ",.2f"), format(Decimal("-0.000123"), ".2e"), format(Decimal("12.5"), "010.3f"),
      format(Decimal("1e10"), "g"), format(Decimal("123.456"), "%"))
print(format(Fraction(1, 3), ""), str(Fraction(-6, 4)), f"{float(Fraction(22, 7)):.5f}")
print("abc".center(9, "*"), "abc".ljust(5, "-"), "abc".rjust(5), "42".zfill(6), "-42".zfill(6), "x".zfill(0))
print("tab\there".expandtabs(4), repr("a\tb".expandtabs()), "Hello World".swapcase(), "hello world".title())
print("{:>8}".format(True), f"{True:d}", f"{None!s:>6}", format(complex(1, -2), ".2f"), format(3+4j))
print(str(1e16), str(1e15), repr(0.1 + 0.2), str(2.0 ** 60), repr(1/3), float("1e-5"), 1e-4, 123456789012345678.0)
print(int("0x1f", 16), int("1_000"), int(" 42 "), float(" -1.5e3 "), round(2.5), round(3.5), round(-0.5), round(1.2345, 2))
print(math.pi, f"{math.pi:.0f}", f"{math.e:.15g}", f"{1e300*1e10}", f"{-math.inf:+}", f"{math.nan:.2f}")
print("{:,}".format(10**20), "{:_b}".format(1023), f"{-12345:,}", f"{0.000001234:.3}", f"{1234567.0:.3}")
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print(repr(e))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    f"{1:abc}"
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
print(f"{'ab':^{5}}|", "%.3s|" % "abcdef", "%5.1s|" % "xyz", "{:.0%}".format(0.555), "{:#.0f}".format(3))
