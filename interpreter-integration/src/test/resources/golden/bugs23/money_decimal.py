"""An invoicing engine: Decimal with contexts (precision, rounding modes, traps and flags, localcontext),
quantize for currency, division and remainders, special values, Fraction arithmetic and limit_denominator, and
statistics (mean/fmean/median variants/mode/multimode/stdev/pvariance/quantiles/correlation/linear_regression,
NormalDist) on Decimal, Fraction and float data."""
import decimal
import statistics
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_05UP
from fractions import Fraction

CENT = Decimal("0.01")
lines = [("widget", Decimal("19.99"), 3), ("gadget", Decimal("4.255"), 7), ("gizmo", Decimal("0.125"), 11)]
subtotal = sum((price * qty for _, price, qty in lines), Decimal(0))
print(subtotal, subtotal.quantize(CENT), subtotal.quantize(CENT, rounding=ROUND_HALF_UP))
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_05UP, decimal.ROUND_FLOOR,
             decimal.ROUND_UP, decimal.ROUND_HALF_DOWN]:
    print(mode, [str(Decimal(x).quantize(CENT, rounding=mode)) for x in ["2.675", "-2.675", "2.665", "0.005", "1.001"]])
tax = (subtotal * Decimal("0.0825")).quantize(CENT, ROUND_HALF_UP)
print(tax, subtotal + tax, -tax, abs(-tax), tax.as_tuple(), tax.adjusted(), (subtotal + tax).to_integral_value())
print(Decimal(10) / Decimal(3), Decimal(1) / Decimal(7) * 7, Decimal("7.5") // 2, Decimal("-7.5") // 2,
      Decimal("-7.5") % 2, divmod(Decimal("7.5"), 2), Decimal(2).sqrt(), Decimal(10).ln(), Decimal("1e-3").log10())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, Decimal("123456789") + 0, +Decimal("1.234567"), Decimal(2) ** Decimal("0.5"))
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3, ctx.prec, ctx.rounding)
print(decimal.getcontext().prec, Decimal(0.1), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
ctx = decimal.Context(prec=6, traps=[decimal.DivisionByZero])
for expr in [lambda: ctx.divide(Decimal(1), Decimal(0)), lambda: Decimal(1) / 0, lambda: Decimal("abc"),
             lambda: Decimal("1.5").quantize(Decimal("1e-30")), lambda: Decimal(0) / Decimal(0),
             lambda: Decimal("inf") - Decimal("inf"), lambda: int(Decimal("nan")), lambda: int(Decimal("-inf"))]:
    try:
        print(expr())
    except (decimal.DecimalException, ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
c2 = decimal.Context(prec=3, traps=[])
print(c2.divide(Decimal(1), Decimal(0)), c2.divide(Decimal(0), Decimal(0)), c2.flags[decimal.DivisionByZero],
      c2.flags[decimal.InvalidOperation], c2.create_decimal("3.14159"), c2.flags[decimal.Inexact])
print(Decimal("-0"), Decimal("1.20").normalize(), Decimal("1E+2").to_eng_string(), Decimal("123E5").normalize(),
      Decimal("NaN").is_nan(), Decimal("sNaN").is_snan(), Decimal("-Infinity"), Decimal(3).compare(Decimal(4)))
print(Decimal("1.1") < 2, Decimal("2.5") == 2.5, Decimal("0.1") == 0.1, hash(Decimal("2.0")) == hash(2),
      sorted([Decimal("1.10"), Decimal("1.1"), Decimal("0.9")]), max(Decimal("1"), Decimal("1.0")),
      Decimal(5).max(Decimal("5.0")), Decimal("1.23").fma(2, 1), Decimal(123).scaleb(-2), round(Decimal("2.5")),
      round(Decimal("2.567"), 2), float(Decimal("1.1")), Decimal.from_float(0.5), Decimal((1, (3, 1, 4), -2)))
f = Fraction(3, 4) + Fraction(5, 6) * 2 - Fraction("1/12")
print(f, f.numerator, f.denominator, float(f), Fraction(0.1), Fraction(0.1).limit_denominator(100),
      Fraction("3.1415926535").limit_denominator(1000), Fraction(-7, 3) // 2, Fraction(-7, 3) % 2, Fraction(2, 3) ** 2,
      Fraction(4, 9) ** Fraction(1, 2), round(Fraction(7, 2)), round(Fraction(22, 7), 3), Fraction(Decimal("1.25")))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
data = [2.5, 3.25, 5.0, 7.75, 7.75, 11.0, 13.5]
print(statistics.mean(data), statistics.fmean(data), statistics.median(data), statistics.median_low([1, 3, 5, 7]),
      statistics.median_high([1, 3, 5, 7]), statistics.median_grouped([1, 2, 2, 3, 4]), statistics.mode(data))
print(round(statistics.stdev(data), 10), round(statistics.pstdev(data), 10), statistics.variance([1, 2, 3, 4]),
      statistics.pvariance([Fraction(1), Fraction(2), Fraction(4)]), statistics.mean([Decimal("1.1"), Decimal("2.2")]),
      statistics.multimode("aabbbccdd" * 1 + "dd"), statistics.quantiles(range(1, 101), n=4),
      statistics.quantiles([1, 2, 3, 4, 5], n=3, method="inclusive"), statistics.geometric_mean([1, 4, 16]),
      statistics.harmonic_mean([40, 60]))
x, y = [1, 2, 3, 4, 5], [2, 4, 5, 4, 5]
print(round(statistics.correlation(x, y), 10), statistics.linear_regression(x, y), round(statistics.covariance(x, y), 10))
nd = statistics.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 10), round(nd.inv_cdf(0.975), 8), round(nd.pdf(100), 10), nd + 5, nd * 2,
      round(nd.overlap(statistics.NormalDist(110, 15)), 10), [round(q, 6) for q in nd.quantiles(4)])
for bad in [lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.mode([]),
            lambda: statistics.harmonic_mean([-1, 2])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
