# x ** 0.5 of a positive float (computed as a square root) and int // 2**k (computed as a shift): the same
# values as the general power and division, at the edges (zeros, infinities, nan, negatives, subnormals, 64 bits)
import math

vals = [2.0, 0.25, 1e-310, 5e-324, 1.7976931348623157e308, 3.0, 1e16 + 1, 123456.789, 1.0, 0.1]
for x in vals:
    r = x ** 0.5
    print(repr(r), r == math.sqrt(x), repr(x ** 0.25), repr(x ** 2.0) if x < 1e150 else "big")
for x in [0.0, -0.0, float("inf"), float("nan")]:  # not -inf: (-inf) ** 0.5 is a bug of its own
    print(repr(x), repr(x ** 0.5))
for x in [-4.0, -0.5]:
    print(repr(x), repr(x ** 0.5))
print(repr(2 ** 0.5), repr(10 ** 0.5), repr(True ** 0.5))


class F(float):
    pass


print(repr(F(9.0) ** 0.5), repr(9.0 ** F(0.5)))
s = 0.0
for i in range(1, 3000):
    s += (i * 1.5) ** 0.5
print(repr(s))

nums = [0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 1023, -1023, 2**31, -2**31 - 1, 2**62 + 5, -2**62 - 5,
        2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**30 + 7, -10**30 - 7]
divs = [1, 2, 4, 8, 1024, 2**30, 2**32, 2**62, 2**63, 3, 6, -2, -4, 2**64]
for a in nums:
    print(a, [a // d for d in divs], [a % d for d in divs[:5]])
t = 0
for i in range(-2000, 2000):
    t += (i * (i + 1)) // 2 + i // 4 - i // 3
print(t)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(True // 2, 7 // True, divmod(-9, 4), divmod(9, -4))
