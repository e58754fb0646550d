# math: newer functions, IEEE special cases, big ints, argument checks, correctly rounded hypot
import math
INF, NAN = float('inf'), float('nan')
print(math.remainder(5, 3), math.remainder(-7.5, 2), math.remainder(3, INF), math.ulp(1.0), math.ulp(0.0))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.exp2(10), math.cbrt(8.0))
print(math.pow(1, NAN), math.pow(NAN, 0), math.pow(0.0, -INF), math.pow(-1, INF), 1 ** NAN, NAN ** 0)
print(math.fmod(3, INF), math.modf(INF), math.modf(-INF), math.ldexp(1.0, -1100), math.log2(2 ** 1024))
print(math.log2(5e-324), math.log10(10 ** 400), math.asinh(-INF), math.asinh(1e-310), math.atanh(1e-310))
print(math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(INF, NAN), math.dist((1, 2), (4, 6)))
print(math.hypot(0.6, 0.8, 1.2), math.dist(iter([1.0, 2.0, 3.0]), iter([4.0, 2.0, -1.0])))
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([INF, 1.0]), math.comb(2 ** 70, 2), math.perm(5))
for expr in ["math.fmod(INF, 1)", "math.remainder(1, 0)", "math.ldexp(1.0, 10 ** 6)", "math.fsum([1e308, 1e308])",
             "math.fsum([INF, -INF])", "math.factorial(-10 ** 100)", "math.comb(-1, 1)", "math.perm(3, -1)",
             "math.lcm(120, 0, 84.0)", "math.isclose(1, 1, rel_tol=-1)", "math.dist([1, 2], [3, 4, 5])",
             "math.atan2(1)", "math.floor()", "math.prod([1], 2)", "math.trunc('x')", "math.sqrt(-1)"]:
    try:
        print(expr, eval(expr))
    except (ValueError, OverflowError, TypeError) as e:
        print(expr, type(e).__name__)
