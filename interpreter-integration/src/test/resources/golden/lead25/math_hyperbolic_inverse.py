# math.asinh, acosh, atanh, atan, atan2 and log2 give CPython's results to the last bit on each of their ranges
# (the C library's formulas: log1p near 0, log of 2x plus a correction above 2, log(x) + log(2) above 2**28).
import math
import random

r = random.Random(2512)
samples = ([r.uniform(-2, 2) for _ in range(40)] + [r.uniform(2, 1000) for _ in range(40)]
           + [math.ldexp(r.uniform(0.5, 1), r.randint(-40, 60)) for _ in range(40)])
for name in ("asinh", "acosh", "atanh", "atan", "log2"):
    f = getattr(math, name)
    out = []
    for x in samples:
        try:
            out.append(f(x).hex())
        except ValueError:
            out.append("ValueError")
    print(name, " ".join(out))
print("atan2", " ".join(math.atan2(y, x).hex() for y, x in zip(samples, reversed(samples))))
print(math.asinh(-0.0), math.asinh(1e-300), math.acosh(1.0), math.asinh(math.inf), math.acosh(2.0 ** 28 + 1))
