"""Big-int and float formatting edge cases, as a number-formatting report."""
import math
import sys
from decimal import Decimal, getcontext, ROUND_HALF_EVEN, ROUND_HALF_UP
from fractions import Fraction

vals = [0.0, -0.0, 1.5, 2.5, -2.5, 1e16, 1e-7, 123456789.125, 1/3, 2**53 + 1.0, float("inf"),
        float("-inf"), float("nan"), 5e-324, 1.7976931348623157e308, 0.1 + 0.2]
for v in vals:
    print(repr(v), str(v), f"{v:.3g}|{v:e}|{v:+.2f}|{v:%}" if math.isfinite(v) else f"{v:f}|{v:E}|{v:>8}")
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)], round(2.675, 2), round(1234.5678, -2))
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {0.000123:.2e} {12:08.3f} {-12:=+10.2f} {3.0:#.0f}")
print(format(1e22, "f"), format(1e21, ""), format(12345678901234567890.0, ".0f"))
print(format(float("nan"), "+10.3f"), format(-0.0, "+.1f"), format(-0.0, "z.1f") if sys.version_info >= (3, 11) else "")

big = 3 ** 200
print(big.bit_length(), len(str(big)), str(big)[:20], big % 1000007)
print(f"{big:,}"[:30], f"{2**64:x} {2**64:#X} {2**64:o} {2**64:b}"[:70])
print(f"{-255:#x} {255:#010b} {1234567:_} {-1234567:_x}")
print((-7) // 2, (-7) % 2, divmod(-7, -2), divmod(7, -2), pow(3, -1, 7), pow(2, 100, 10**9 + 7))
print(int("1_000_000"), int("ff", 16), int("0x1f", 0), int("-0b101", 0), int("  42\n"))
n = math.factorial(50)
print(n, n.bit_count() if hasattr(n, "bit_count") else "", math.isqrt(n), math.gcd(n, 2**100))
print((10**30).to_bytes(13, "big").hex(), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(float(2**1023 * 3 // 2), (2**1024 - 1).bit_length())
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 * 10, -1e308 * 10, math.fsum([0.1] * 10), sum([0.1] * 10))
print(float.hex(0.1), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), (2.5).is_integer())
print(math.frexp(12.5), math.ldexp(0.78125, 4), math.copysign(1, -0.0), math.nextafter(1.0, 2.0))
print(7 / 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, math.fmod(-7.5, 2), 2 ** -1, (-8) ** (1/3))
print(hash(1.0) == hash(1), hash(2**61 - 1), hash(-1), hash(float("inf")), hash(Fraction(1, 3)))

getcontext().prec = 30
d = Decimal(1) / Decimal(7)
print(d, d.quantize(Decimal("0.0001")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP))
print(Decimal("2.665").quantize(Decimal("0.01"), ROUND_HALF_EVEN), Decimal("1e3").normalize(), Decimal("-0"))
print(Decimal("123.4500").normalize(), Decimal(0.1), Decimal("1.30") + Decimal("1.20"), Decimal(10) ** -3)
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.000012'):.2e} {Decimal('NaN')} {Decimal('-Infinity')}")
f = Fraction(3, 4) + Fraction(5, 6) - Fraction(1, 12)
print(f, float(f), Fraction("0.125"), Fraction(0.1).limit_denominator(100), f ** 2, round(Fraction(7, 2)))
print(Fraction(1, 3) < 0.34, Fraction(5, 10) == 0.5, math.floor(Fraction(-7, 2)), int(Fraction(-7, 2)))
print(sys.float_info.dig, sys.float_info.epsilon, sys.int_info.bits_per_digit > 0, sys.maxsize)
for x in (10**15, 10**16, 1.0e15 + 0.3, 123e-20, 1e100):
    print(x, float(x), "%g %r %s %.17g" % (x, x, x, x))
print("%5d|%-5d|%05d|%+d|% d|%x|%o|%c|%%|%5.1f|%-8s|%r" % (42, 42, 42, 42, 42, 255, 8, 65, 3.14159, "hi", "q"))
