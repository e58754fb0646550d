"""A numeric toolkit for a geometry/statistics package: math (isqrt, comb, perm, prod, dist, hypot with many
args, fsum vs sum, nextafter, ulp, log of huge ints, gcd/lcm of many, factorial, copysign, fmod vs %, remainder,
modf, frexp/ldexp, isclose tolerances, inf/nan handling, domain errors), cmath (phase, polar, rect, sqrt of
negatives, branch cuts with signed zeros), int methods (bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio,
is_integer) and float methods, with the exact error messages."""
import cmath
import math

print(math.isqrt(10**20 + 12345), math.isqrt(0), math.comb(52, 5), math.comb(5, 7), math.perm(10, 3), math.perm(6))
print(math.prod([1, 2, 3, 4]), math.prod([], start=7), math.prod([0.5, 4]), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.hypot(3, 4, 12), math.hypot(), math.hypot(-5), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1, -1e100]))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
print(math.log(10**100), math.log2(2**1000), math.log10(10**50), math.log(2**2000, 2), math.log1p(1e-10), math.exp(1e-10) - 1)
print(math.gcd(12, 18, 24), math.gcd(), math.gcd(0, 0), math.lcm(4, 6, 10), math.lcm(), math.gcd(-12, 8), math.factorial(25))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.remainder(5, 2), math.modf(-3.75), math.frexp(48.0))
print(math.ldexp(0.75, 6), math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9),
      math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.floor(-2.5), math.ceil(2.0000001), math.trunc(-0.9), math.floor(10**30 + 0.5) if False else math.floor(1e30),
      math.degrees(math.pi), math.radians(180), math.atan2(-0.0, -1.0), math.atan2(0.0, -1.0), math.sin(math.pi) < 1e-15)
print(math.inf > 10**400, -math.inf < -10**400, math.isinf(1e308 * 10), math.isnan(math.inf - math.inf), math.isfinite(1e308),
      math.nan == math.nan, math.inf * 0, float("nan") is float("nan"), math.tau / 2 == math.pi, math.e)
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.acos(2)", "math.factorial(-1)", "math.factorial(2.5)",
             "math.comb(-1, 2)", "math.isqrt(-4)", "math.exp(1000)", "math.pow(0, -1)", "math.fmod(1, 0)", "math.ldexp(1.0, 10**6)",
             "math.gcd(1.5, 2)", "math.perm(3, -1)", "math.dist((1,), (1, 2))", "2.0 ** 10000", "10 ** -1 ** 0.5",
             "(-8) ** (1/3)", "math.cos(math.inf)", "math.lgamma(0)", "math.gamma(-1)", "int(math.nan)", "int(math.inf)",
             "round(math.inf)", "divmod(1, 0.0)", "math.log(10**400, 0)", "float(10**400)"]:
    try:
        print(expr, "->", eval(expr))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
for z in [complex(-1, 0), complex(-1, -0.0), 1j, -4, complex(3, 4)]:
    print(z, cmath.sqrt(z), cmath.phase(z), cmath.polar(z), abs(z))
print(cmath.rect(2, math.pi / 2), cmath.exp(1j * math.pi), cmath.log(-1), cmath.log10(100), cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12))
print(cmath.sqrt(-0.0), cmath.acos(2), cmath.asinh(1j), cmath.inf, cmath.nanj, cmath.isinf(complex(math.inf, 0)))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError:", e)
for n in [0, 1, -1, 255, -256, 2**64 - 1, -(2**63)]:
    print(n, n.bit_length(), n.bit_count(), n.to_bytes(9, "big", signed=True).hex(), int.from_bytes(n.to_bytes(9, "little", signed=True), "little", signed=True) == n)
print((10).as_integer_ratio(), (7).is_integer() if hasattr(int, "is_integer") else "n/a", (2.5).is_integer(), (3.0).is_integer(),
      (0.75).as_integer_ratio(), (-2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (7).conjugate(), (1.5).conjugate())
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big"), lambda: int.from_bytes(b"\x01", "middle"),
            lambda: math.nan.as_integer_ratio(), lambda: math.inf.as_integer_ratio(), lambda: (1).to_bytes(-1, "big")]:
    try:
        print(bad())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(int.from_bytes([1, 0]), (1024).to_bytes(2), 7 // -2, -7 // 2, 7 % -2, divmod(-7, 2), divmod(7.5, -2), 2 ** -1, (-2) ** 0.5)
print(pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(10, -2), 0 ** 0, 0.0 ** 0, math.pow(-8, 1/3) if False else abs(-8) ** (1/3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
