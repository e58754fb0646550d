import math, sys
sys.set_int_max_str_digits(0)
for n in (0, 1, 2, 5, 20, 21, 25, 30, 100, 1000, 5000):
    print(n, math.factorial(n) % (10**9 + 7), len(str(math.factorial(n))))
for n, k in ((0, 0), (5, 0), (5, 5), (5, 6), (10, 3), (100, 50), (1000, 3), (10**20, 3), (300, 150), (52, 5)):
    print(n, k, math.comb(n, k) % (10**9 + 7), math.perm(n, k) % (10**9 + 7))
print(math.perm(7), math.perm(0), math.comb(10**6, 2))
print(math.factorial(20000) % 1000003, math.factorial(20000).bit_length())
for bad in (-1, 2.0, "x"):
    try:
        math.factorial(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print(e)
