# math.gamma/lgamma (CPython's own Lanczos method), atan/atan2/log2 (glibc: correctly rounded), erf/erfc:
# reprs on a seeded sample and CPython's special cases and errors
import math
import random

r = random.Random(22)


def show(name, f, args):
    out = []
    for a in args:
        try:
            out.append(repr(f(*a) if isinstance(a, tuple) else f(a)))
        except (ValueError, OverflowError) as e:
            out.append("%s(%s)" % (type(e).__name__, e))
    print(name)
    for i in range(0, len(out), 4):
        print("   ", " ".join(out[i:i + 4]))


small = [r.uniform(-10, 10) for _ in range(60)]
wide = [r.uniform(0, 170) for _ in range(40)] + [r.uniform(0, 1) * 10 ** r.randint(-8, 2) for _ in range(20)]
show("gamma", math.gamma, small + wide + [1, 2, 3, 23, 24, 0.5, -0.5, 171.5, -171.5, 1e-300, -200.5, -1e-20])
show("lgamma", math.lgamma, small + wide + [1, 2, 0.5, -0.5, 1e300, -1e300 + 0.5, 1e-300, 3.0, 2.5e305])
spread = [math.copysign(math.ldexp(r.uniform(0.5, 1), r.randint(-60, 60)), r.uniform(-1, 1)) for _ in range(60)]
show("atan", math.atan, small + spread + [0.0, -0.0, math.inf, -math.inf, 1e-300, 2.4580338977940386])
show("atan2", math.atan2, [(y, r.uniform(-10, 10) * 10 ** r.randint(-3, 3)) for y in small + spread]
     + [(0.0, -0.0), (-0.0, -1.0), (1.0, math.inf), (math.inf, -math.inf), (-1.0, 0.0), (1e300, 1e-300)])
show("log2", math.log2, [abs(x) for x in small + spread] + [1, 2, 1024, 3, 10 ** 20, 2 ** 1000 + 1, 1e-310, 0.75])
# (glibc's erf/erfc are up to 0.55 ulp off, stmpy's correctly rounded: arguments where the two agree, e.g. not
# erf(0.25), erfc(0.1), erfc(2.0), erfc(3.0))
fixed = [0.5, 0.75, 1.0, 1.5, 2.5, 4.0, 5.5, 6.5, 30.0, -0.3, -1.2, -2.7, -4.0, 1e-10, -1e-300]
show("erf", math.erf, fixed + [0.1, 2.0, 3.0, math.inf, -math.inf])
show("erfc", math.erfc, fixed + [27.0, 28.0, -30.0, math.inf, -math.inf])
for f, x in ((math.gamma, 0.0), (math.gamma, -3.0), (math.gamma, -math.inf), (math.gamma, 172.0),
             (math.lgamma, 0.0), (math.lgamma, -2.0), (math.log2, 0.0), (math.log2, -1), (math.log2, 0)):
    try:
        print(f.__name__, x, f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
print(math.gamma(math.nan), math.lgamma(math.nan), math.atan(math.nan), math.erf(math.nan), math.gamma(math.inf))
