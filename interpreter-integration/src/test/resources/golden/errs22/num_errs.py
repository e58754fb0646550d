import math
for f in (lambda: int('12', 1), lambda: int('12', 37), lambda: int('z', 36) and int('9', 8), lambda: int(1.5, 10), lambda: int('', 0), lambda: int('0x', 16),
          lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.log10(0), lambda: math.factorial(-1),
          lambda: math.factorial(1.5), lambda: math.gcd(1.5), lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.comb(-1, 2), lambda: math.isqrt(-1),
          lambda: 2.0 ** 10000, lambda: math.exp(1000), lambda: int(float('inf')), lambda: int(float('nan')), lambda: 10 ** 400 * 1.0,
          lambda: float(10 ** 400), lambda: math.ldexp(1, 10000), lambda: (2 ** 5000) / 3, lambda: 1e308 * 10 and (-1.0) ** 0.5 and 0.0 ** -1,
          lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 4), lambda: round(float('inf')), lambda: round(float('nan')), lambda: math.floor(float('inf')),
          lambda: math.ceil(float('nan')), lambda: (1.5).as_integer_ratio() and float('inf').as_integer_ratio(), lambda: float('nan').as_integer_ratio(),
          lambda: math.cosh(1000), lambda: math.sinh(1000), lambda: math.tan(float('inf')), lambda: math.sin(float('inf')), lambda: math.atanh(1),
          lambda: math.gamma(0), lambda: math.lgamma(-1), lambda: math.perm(3, -1), lambda: divmod(1, 0), lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 10 ** 20,
          lambda: float('1e500') and int('1' * 5000), lambda: str(10 ** 5000), lambda: chr(-1), lambda: chr(0x110000), lambda: ord('ab'), lambda: ord(''),
          lambda: complex('1+') , lambda: float('1.2.3'), lambda: 1j < 2j, lambda: math.trunc('x'), lambda: hex(1.5), lambda: bin('x'), lambda: range(0, 10, 0), lambda: range(1.5)):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
math.exp(1000)
