# Float repr, str and the f/e/g/% formats over many kinds of values: short decimals, sums that need 17 digits,
# exact binary ties (half-even), powers of two and ten and their neighbours, tiny and huge values.
import math

values = [0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-5, 1e-4, 0.001, 123.456, 1e15, 1e16, 1e17,
          1234567890123456.0, 2 ** 52 + 0.5, 2.0 ** 60, 2.0 ** -30, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 9.995, 2.675, 0.125, 0.375, 1.5, 2.5, -2.5, 1e22, 1e23, 9.999999999999999e22,
          math.pi, math.e, -math.pi * 1e10, 100.0, 1e-7, 12345.678901234567, float("inf"), float("-inf")]
x = 0.0
for i in range(40):
    x += 0.1
    values.append(x)
    values.append(i / 7)
    values.append(-(i * 1.1) ** 3.5)
    values.append(2.0 ** (i - 20) * 3)
    values.append(math.nextafter(2.0 ** (i - 20), 0))
    values.append(math.nextafter(10.0 ** (i - 20), math.inf))

for v in values:
    print(repr(v), str(v), "%.3f" % v, "%.0f" % v, "%e" % v, "%.2e" % v, "%g" % v, "%.12g" % v, "%.1g" % v)
    print(f"{v:.4f} {v:10.2f} {v:+.3e} {v:.3} {v:.15} {v:#.3g} {v:.2%} {v:,.2f} {v:e} {v:G}")

for prec in range(0, 18):
    print(prec, "%.*f" % (prec, 2.675), "%.*e" % (prec, 1 / 3), "%.*g" % (prec, 123456.789))
print(round(2.675, 2), round(0.125, 2), round(1e15 / 7, 3), round(-0.5), round(1.5), round(2.5))
print([float(repr(v)) == v for v in values if v == v].count(False))
print(sum(len(repr(i / 9)) for i in range(2000)), sum(len("%.5g" % (i * 0.37)) for i in range(2000)))
