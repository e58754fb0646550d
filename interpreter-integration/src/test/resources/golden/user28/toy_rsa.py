"""Toy RSA and number theory: modular inverse, primes, int bytes, hashing."""
import hashlib
import math
import secrets
import random
from functools import reduce

random.seed(99)


def is_probable_prime(n, rounds=20):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = random.randrange(2, n - 1)
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


p = next_prime(random.getrandbits(128) | (1 << 127))
q = next_prime(random.getrandbits(128) | (1 << 127))
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print("p =", p)
print("q =", q)
print("n bits", n.bit_length(), "d*e % phi =", d * e % phi, math.gcd(e, phi))
msg = "attack at dawn"
m = int.from_bytes(msg.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print(hex(c)[:20], back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
h = int.from_bytes(hashlib.sha256(msg.encode()).digest(), "big") % n
sig = pow(h, d, n)
print("signature valid:", pow(sig, e, n) == h)
dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
print("CRT ok:", (m2 + q * ((qinv * (m1 - m2)) % p)) == m)
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"abc").hexdigest()[:16], hashlib.new("sha512", b"x").hexdigest()[:16])
hs = hashlib.sha256()
for chunk in (b"attack", b" at ", b"dawn"):
    hs.update(chunk)
print(hs.hexdigest() == hashlib.sha256(msg.encode()).hexdigest(), hs.digest_size, hs.name, hashlib.blake2b(b"k", digest_size=8).hexdigest())
print((255).to_bytes(2, "little"), int.from_bytes(b"\xff\x00", "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\x80", "big", signed=True))
print(math.isqrt(10**40 + 12345), math.lcm(4, 6, 10), math.gcd(), math.comb(52, 5), math.perm(10, 3), math.factorial(25))
print(pow(3, 200, 1000), pow(2, -1, 7), divmod(-17, 5), -17 // 5, -17 % 5, (2**100).bit_count(), (10**30).bit_length())
print(int("ff", 16), int("-0b1010", 0), int("1_000_000"), int(" 42 "), str(2**64), f"{2**64:,}", hex(-255), bin(5), oct(-8))
primes = [x for x in range(2, 100) if is_probable_prime(x)]
print(len(primes), primes[-5:], reduce(lambda a, b: a * b, primes[:10]))
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
print(len(secrets.token_hex(16)), secrets.compare_digest("a", "a"), len(secrets.token_bytes(8)))
print(2 ** 0.5, 10 ** -2, (-8) ** (1 / 3), 7 / 2, 7 // 2, -7 // 2, round(2.5), round(3.5), round(-0.5), round(1234.5678, -2))
