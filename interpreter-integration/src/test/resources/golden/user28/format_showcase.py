"""String formatting of every kind in a price/measurement table."""
import math
from datetime import date

items = [("apple", 0.5, 120, 3), ("banana split", 4.25, 7, -2), ("cherry", 12.125, 15000, 0),
         ("durian", 1234.5, 1, 11)]
print(f"{'name':<14}|{'price':>10}|{'qty':^8}|{'delta':>6}|")
for name, price, qty, delta in items:
    print(f"{name:<14.12}|{price:>10,.2f}|{qty:^8_d}|{delta:>+6d}|")
print("{:*^30}".format(" totals "))
total = sum(p * q for _, p, q, _ in items)
print("{0:,.3f} {0:e} {0:.2%} {0:g} {1:#x} {1:#o} {1:#b} {1:08X}".format(total, 255))
w, p = 12, 3
print(f"{math.pi:{w}.{p}f}|{math.pi:<{w}.{p+2}}|{math.e:^{w}.{p}e}|")
x, name = 42, "Ada"
print(f"{x=}", f"{name=!r}", f"{x * 2 = }", f"{name!s:>6}", f"{name!a}", f"{x=:>5}", f"{'é'!a}")
print(f"{x:{'>' if x > 0 else '<'}10}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{3.0:n}", f"{1e21:f}")
print("%s %r %d %5.2f %-6s| %06.1f %x %X %o %e %g %c %%" % ("s", "r", 3.9, math.pi, "ab", -2.5, 255, 255, 8, 12345.678, 0.00001234, 65))
print("%(name)s is %(age)d years, %(ratio).1f%%" % {"name": "Bo", "age": 30, "ratio": 12.345})
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 1 / 3))
print("%s" % (1, ), "%s" % [1, 2], "%r" % ((1, 2),), "%a" % "ü", "%i" % 7.9, "%5s|%-5s|" % ("ab", "cd"))
print(format(1234567.891, ",.1f"), format(0.000123, ".2e"), format(-0.0, "+.1f"), format(1e100, ".3g"))
print(format(123, "+"), format(123, " "), format(-123, "="), format(5, "=+6"), format(5, "06"), format(-5, "06"))
print(format("text", "^9"), format("text", ".2"), format(True, "d"), format(3, "c"), format(10**20, "_"), format(2**40, ","))
print(format(float("inf"), "f"), format(float("nan"), "F"), format(1.5, "%"), format(0.5, ".0f"), format(2.5, ".0f"), format(1.25, ".1f"))
print(format(date(2026, 12, 5), "%d.%m.%Y"), "{:%A}".format(date(2026, 12, 5)), format(12.0, "g"), format(1e-5, "g"), format(123456789.0, "g"))
print(format(3 + 4j, ".2f"), format(1j, ""), "{!r:^12}".format("x"), "{0[1]}{0[0]}{1.real}".format("ab", 3))
print("{}{}".format(*"xy"), "{a}-{b}".format(**{"a": 1, "b": 2}), "{:,}".format(-1234567), "{:.3}".format("abcdef"))
print(str.format("{0}{0}", "ha"), "{:>{}}".format("r", 4), "{:{fill}^{width}}".format("c", fill="-", width=7))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec.endswith("$"):
            spec = spec[:-1]
            s = f"${self.cents / 100:,.2f}"
            return format(s, spec) if spec else s
        return format(self.cents, spec)

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"{self.cents}c"


m = Money(1234567)
print(f"{m} {m!r} {m:$} {m:>16$} {m:,}", "{0:$}|{0!s:>10}".format(m))
for bad in ("{:d}".format, "{:,s}".format, "{:=s}".format, "{0:.2f}".format):
    try:
        print(bad("abc"))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for spec in ("{", "}", "{0!x}", "{:%}", "{0[}"):
    try:
        print(spec.format(1))
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print("TypeError", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError", e)
try:
    f"{m:q}"
except ValueError as e:
    print("ValueError", e)
try:
    print(format(object(), "x"))
except TypeError as e:
    print("TypeError", e)
