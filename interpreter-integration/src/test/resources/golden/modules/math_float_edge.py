import math
print(math.floor(1e300) == 10 ** 300 or "inexact", math.floor(1e300) % 1000)
print(math.inf > 1e308, math.inf + 1, -math.inf * 2, math.inf - math.inf)
print(math.sqrt(0.0), math.sqrt(-0.0), math.copysign(0.0, -1), math.fabs(-0.0))
print(math.exp(-1000), math.exp(700) > 1e300)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.nextafter(1.0, 2.0) if hasattr(math, "nextafter") else 1.0000000000000002, math.ulp(1.0) if hasattr(math, "ulp") else 2.220446049250313e-16)
print(2 ** 0.5 == math.sqrt(2), 10 ** -1 == 0.1, 1 / 3 * 3 == 1.0)
