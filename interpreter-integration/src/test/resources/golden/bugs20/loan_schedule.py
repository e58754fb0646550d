# A loan amortisation schedule with decimal, and exact ratio arithmetic with fractions.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation
from fractions import Fraction

getcontext().prec = 28
principal = Decimal("25000.00")
annual = Decimal("0.045")
months = 12
r = annual / 12
payment = (principal * r / (1 - (1 + r) ** -months)).quantize(Decimal("0.01"))
print("monthly payment:", payment, repr(payment))
balance = principal
total_interest = Decimal(0)
print(f"{'#':>2} {'interest':>9} {'principal':>10} {'balance':>10}")
for m in range(1, months + 1):
    interest = (balance * r).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    pay = payment if m < months else balance + interest
    balance -= pay - interest
    total_interest += interest
    print(f"{m:>2} {interest:>9} {pay - interest:>10} {balance:>10}")
print("total interest:", total_interest, "balance", balance)

print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("10") ** 20, Decimal("1e3").normalize())
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_DOWN))
print(Decimal(0.1), Decimal("0.1") * 3 == Decimal("0.3"), Decimal("-0"), Decimal("NaN").is_nan(), Decimal("Infinity") > 10)
print(Decimal("3.14159").as_tuple(), Decimal("123.450").normalize(), Decimal(2).sqrt(), Decimal("7") % Decimal("3"))
print(round(Decimal("2.5")), round(Decimal("3.14159"), 3), int(Decimal("-7.9")), float(Decimal("0.5")), Decimal("1.20") == Decimal("1.2"))
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("1.25")]), sum([Decimal("0.1")] * 10), max(Decimal(1), 2.5))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0)
print(Decimal(1) / Decimal(3))
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.000012'):.3e} {Decimal('42'):>8} {Decimal('-1.5'):+}")
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(Decimal("1.30").compare(Decimal("1.3")), Decimal("5").max(Decimal("7")), Decimal("-3.5").copy_abs(), Decimal(10).ln().quantize(Decimal("1e-10")))

# recipes scaled exactly
recipe = {"flour": Fraction(9, 4), "sugar": Fraction(2, 3), "butter": Fraction(1, 2)}
scale = Fraction(5, 3)
for k, v in recipe.items():
    s = v * scale
    whole, rem = divmod(s.numerator, s.denominator)
    print(f"{k:7} {str(v):>5} -> {str(s):>5} = {whole} {Fraction(rem, s.denominator) if rem else ''}".rstrip())
total = sum(recipe.values(), Fraction(0))
print(total, float(total), total.limit_denominator(10), Fraction("3.1415926").limit_denominator(1000))
print(Fraction(6, -4), Fraction(0.75), Fraction("1/3") + Fraction(1, 6), Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2))
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, round(Fraction(5, 2)), round(Fraction(7, 3), 2), Fraction(1, 3) < 0.34, hash(Fraction(1, 2)) == hash(0.5))
print(Fraction(Decimal("1.25")), Fraction(3, 4).as_integer_ratio(), abs(Fraction(-1, 5)), Fraction(10, 4).numerator, (1.5).as_integer_ratio())
h = sum(Fraction(1, k) for k in range(1, 21))
print("H20 =", h, f"{float(h):.10f}")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
