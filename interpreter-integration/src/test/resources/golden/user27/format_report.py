"""A financial report formatter: format-spec mini-language, __format__, and alignment."""
from decimal import Decimal
from fractions import Fraction
from datetime import date, datetime, timedelta


class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = Decimal(amount)
        self.currency = currency

    def __format__(self, spec):
        if spec.endswith("c"):
            spec = spec[:-1]
            return f"{format(self.amount, spec or ',.2f')} {self.currency}"
        if not spec:
            return str(self)
        return format(self.amount, spec)

    def __str__(self):
        return f"{self.amount:.2f}{self.currency}"


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F") else "C"
        rest = spec[:-1] if spec[-1:] in ("C", "F") else spec
        v = self.c if unit == "C" else self.c * 9 / 5 + 32
        return format(v, rest or ".1f") + "°" + unit


rows = [("rent", Money("1200"), 12), ("coffee", Money("3.5"), 240), ("laptop", Money("1899.99"), 1)]
print(f"{'item':<10}|{'unit':>12}|{'n':^5}|{'total':>14}")
print("-" * 44)
for name, m, n in rows:
    total = Money(m.amount * n)
    print(f"{name:<10}|{m:>12,.2f}|{n:^5d}|{total:>14c}")
print(f"{'':=^44}")

vals = [0, 1, -1, 3.14159, -2.5e-7, 1e21, 123456789, float("inf"), float("nan"), -0.0]
for v in vals:
    print(f"{v!r:>14} {v:+.3g} {v:10.2e} {v:,} {v:08.2f} {v:%}" if isinstance(v, float) else
          f"{v!r:>14} {v:+d} {v:#x} {v:#o} {v:#b} {v:_} {v:08,}")
print(f"{1234567.891:_.2f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(f"{12345:n} {0.000012345:g} {123456789.0:g} {1e-5:G} {100:e}")
print(f"{'abc':*^9} {'x':>{3}} {3.14159:{'.'}{2}f} {'tr':.1s}|")
print(f"{42:c} {65:c}{66:c} {255:X} {255:#06x} {-255:#x}")
print(format(Decimal("1234.5678"), ",.2f"), format(Decimal("-0.000"), "f"), format(Decimal("1E+3"), "f"))
print(format(Decimal("12.345"), ".2%"), format(Decimal("0.1"), "e"), f"{Decimal('3.14159'):.3}")
print(format(Fraction(1, 3), "") if hasattr(Fraction, "__format__") else "nofmt", str(Fraction(22, 7)))
print(f"{Temp(21.5)} {Temp(21.5):F} {Temp(100.0):.0C} {Temp(-40):6.1F}")
d = date(2024, 2, 29)
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(f"{d:%Y-%m-%d %A %j} {dt:%H:%M:%S.%f %p %I} {d!s} {dt!r}")
print(f"{timedelta(days=1, seconds=3725)} {timedelta(microseconds=-1)} {timedelta(weeks=3)!r}")
x, y = 7, 3
print(f"{x=} {y = } {x/y=:.3f} {x*y!r:>5}")
print(f"{{literal}} {x!a} {'ünï'!a} {'tab'!r}")
print("{0:>{w}.{p}f}|{name!r:^10}|{0}".format(3.14159, w=10, p=3, name="pi"))
print("%-8s|%5.1f|%05d|%x|%c|%r|%%" % ("left", 2.25, 42, 255, 65, "q"))
print("%(a)s and %(b)03d" % {"a": "A", "b": 7})
for bad in ["{:q}", "{:,s}", "{:=s}", "{0:d}"]:
    try:
        print(bad.format(1.5 if bad != "{:,s}" and bad != "{:=s}" else "s"))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(Money(1), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(True, "d"), format(True, ""), format(None, ""), f"{True:>6}", f"{3+4j:.2f}", f"{1j:>8}")
