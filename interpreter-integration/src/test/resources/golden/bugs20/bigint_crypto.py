# Toy RSA and number theory with big ints: pow with modulus, inverse, primality, base conversion.
import random

def is_probable_prime(n, rounds=20, rng=random.Random(7)):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n

rng = random.Random(2026)
p = next_prime(rng.getrandbits(256) | (1 << 255))
q = next_prime(rng.getrandbits(256) | (1 << 255))
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print("bits:", p.bit_length(), q.bit_length(), n.bit_length())
print("n =", hex(n)[:40] + "...")
print("e*d % phi =", e * d % phi)
msg = "attack at dawn, bring 42 apples"
m = int.from_bytes(msg.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print("cipher digits:", len(str(c)), "round trip:", back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
print(m, hex(m), oct(m)[:20], bin(m)[:20])
print(int("ff" * 20, 16), int("0b1011", 0), int("0o777", 0), int("1_000_000"), int("  -42  "), int("z", 36))

def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
print(to_base(2 ** 100, 36), to_base(-255, 2), int(to_base(3 ** 50, 7), 7) == 3 ** 50)
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f, "digits", len(str(f)), "trailing zeros", len(str(f)) - len(str(f).rstrip("0")))
print(sum(int(ch) for ch in str(2 ** 1000)), (2 ** 127 - 1) % 1000007, is_probable_prime(2 ** 127 - 1))
print((-7) >> 1, -7 // 2, (1 << 70) >> 68, ~(2 ** 65), (2 ** 70) & (2 ** 70 - 1), (2 ** 64) | 1, (-(2 ** 64)) ^ 5)
print(abs(-10 ** 30), (10 ** 30).bit_count(), (-12345678901234567890).to_bytes(9, "big", signed=True).hex())
print(int.from_bytes(b"\xff\xfe", "little", signed=True), divmod(10 ** 40 + 3, 10 ** 20 - 1))
print(round(10 ** 25 / 3), 10 ** 25 // 3, float(2 ** 80), 2 ** 80 == float(2 ** 80), 10 ** 400 > 1e308)
print(pow(12345, 6789, 10 ** 12), format(2 ** 70, ","), format(2 ** 70, "_x"), f"{10 ** 22:e}")
import math
print(math.gcd(2 ** 200 - 1, 2 ** 120 - 1) == 2 ** 40 - 1, math.isqrt(2 ** 201), math.factorial(25))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300] % 10 ** 15, str(fib[300])[:15], len(str(fib[300])))
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
