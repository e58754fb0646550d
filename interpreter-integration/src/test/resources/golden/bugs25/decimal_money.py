from decimal import Decimal, Context, localcontext, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation, DivisionByZero, getcontext
from fractions import Fraction
prices = ["19.99", "5.01", "0.10", "100", "3.333"]
total = sum(Decimal(p) for p in prices)
print(total, total.quantize(Decimal("0.01")), total / 3, round(total, 1), int(total), float(total))
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
print(tax, total + tax, Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, Decimal("123456789") + 0, ctx.prec)
print(Decimal(1) / 7, Decimal("1.30") == Decimal("1.3"), Decimal("1.30"), Decimal("-0"), Decimal("1e3"), Decimal("1E+3") + 0)
print(Decimal(0.1), Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("12.340").normalize(), Decimal(7).sqrt())
print(Decimal("1.5").as_tuple(), Decimal("-12.5").as_integer_ratio(), Decimal("3.7") // 2, Decimal("-3.7") % 2, divmod(Decimal(7), 2))
print(sorted([Decimal("1.1"), 1, 0.5, Fraction(1, 3)]), max(Decimal(2), 3), Decimal(5) == 5, Decimal("0.5") == 0.5, hash(Decimal(5)) == hash(5))
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.000012'):.2e}", f"{Decimal('7'):>6}", str(Decimal("1e-7")), repr(Decimal("5")))
for f in [lambda: Decimal(1) + 1.5, lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(1) < "a",
          lambda: Decimal(0) / 0, lambda: 1.5 * Decimal(2), lambda: Decimal(1)(), lambda: iter(Decimal(3)),
          lambda: Decimal("1.5").quantize(Decimal("1e-30"), context=Context(prec=5)), lambda: Decimal(1) ** Decimal("0.5"),
          lambda: Decimal("inf") - Decimal("inf"), lambda: len(Decimal(1)), lambda: Decimal(1)[0], lambda: Fraction(1, 0)]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(type(Decimal(1)).__name__, Decimal.__name__, Decimal.__qualname__, Decimal.__module__, Context.__name__, repr(Decimal))
print(getcontext().prec, getcontext().rounding, Fraction("3/4") + Fraction(1, 4), Fraction(0.25), Fraction("1.5").limit_denominator(1))
c = getcontext().copy(); c.traps[DivisionByZero] = False
print(c.divide(Decimal(1), Decimal(0)), c.flags[DivisionByZero])
def split_bill(amount, n):
    amount = Decimal(amount)
    share = (amount / n).quantize(Decimal("0.01"), ROUND_DOWN)
    rest = amount - share * n
    return [share + (Decimal("0.01") if i < rest * 100 else 0) for i in range(n)]
print(split_bill("100.00", 3), sum(split_bill("100.00", 3)), split_bill("10", 4))
