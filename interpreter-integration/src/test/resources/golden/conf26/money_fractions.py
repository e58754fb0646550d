from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, InvalidOperation, getcontext
from fractions import Fraction

CENT = Decimal("0.01")


def split(total, parts):
    total = Decimal(total)
    base = (total / parts).quantize(CENT, rounding=ROUND_DOWN)
    shares = [base] * parts
    rest = total - base * parts
    i = 0
    while rest > 0:
        shares[i] += CENT
        rest -= CENT
        i += 1
    return shares


print(split("100.00", 3), sum(split("100.00", 3)))
print(split("0.05", 4))
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(CENT, ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, (subtotal + tax).quantize(CENT))
for r in (ROUND_HALF_UP, ROUND_HALF_EVEN):
    print(r, [str(Decimal(x).quantize(Decimal("1"), rounding=r)) for x in ("0.5", "1.5", "2.5", "-2.5")])
print(f"{Decimal('1234567.891'):,.2f}", format(Decimal("-0.000"), "f"), Decimal("1e3").normalize(),
      Decimal("100").normalize(), Decimal("12.3400").normalize())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") * 1)
print(getcontext().prec, Decimal(1) / Decimal(7))
print(Decimal("7.00").as_tuple(), Decimal("-inf").is_infinite(), Decimal("NaN").is_nan())
print(Decimal(0.1), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(divmod(Decimal("7.5"), 2), Decimal("-7") // 2, Decimal("-7") % 2, -7 // 2, -7 % 2)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal("1") / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

f = Fraction(3, 4) + Fraction("1/6") - Fraction(1, 12)
print(f, f.numerator, f.denominator, float(f), Fraction(0.75), Fraction("2.5e-1"))
print(Fraction(22, 7).limit_denominator(5), Fraction(3.141592653589793).limit_denominator(1000))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), Fraction(-7, 2) // 1)
print(Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(2), Fraction(1, 3) == 1 / 3)
print(sorted([Fraction(1, 3), 0.3, Decimal("0.31"), 1], key=float))
print(Fraction(1, 3) < 0.34, Fraction(5, 10), hash(Fraction(1, 2)) == hash(0.5), Fraction(Decimal("1.25")))
print(f"{Fraction(1, 3):.5f}" if hasattr(Fraction, "__format__") and Fraction.__format__ is not object.__format__
      else "no format")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction("1/x")
except ValueError as e:
    print("ValueError", e)
try:
    Decimal("1.5") + Fraction(1, 2)
except TypeError as e:
    print("TypeError", e)
ledger = {"rent": Decimal("1200.00"), "food": Decimal("431.27"), "fun": Decimal("99.99")}
total = sum(ledger.values())
for k, v in sorted(ledger.items(), key=lambda kv: -kv[1]):
    print(f"{k:<6}{v:>10}{(v / total * 100).quantize(Decimal('0.1')):>7}%")
print(f"{'total':<6}{total:>10}")
