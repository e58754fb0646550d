import math
print([math.isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 20]])
print(math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 64, 2 ** 40 * 3), math.gcd(3, 5, 7) if True else 1)
print(math.factorial(0), math.factorial(30), math.comb(50, 25), math.perm(6))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 20 + 0.0), math.trunc(1e10))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
