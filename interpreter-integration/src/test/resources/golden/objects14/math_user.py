# A user's numeric script: math functions, integer/float mixing, statistics by hand, comprehension-heavy tables.
import math

pts = [(math.cos(2 * math.pi * k / 12), math.sin(2 * math.pi * k / 12)) for k in range(12)]
print([(round(x, 6), round(y, 6)) for x, y in pts])
print(sum(math.hypot(x, y) for x, y in pts), math.fsum([0.1] * 10), sum([0.1] * 10))
data = [math.sqrt(i) * (-1) ** i for i in range(1, 50)]
mean = sum(data) / len(data)
var = sum((d - mean) ** 2 for d in data) / (len(data) - 1)
print(mean, var, math.sqrt(var), min(data), max(data), sorted(data)[len(data) // 2])
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), round(-2.5), -7 // 2, -7 % 2, -7.5 // 2,
      -7.5 % 2, divmod(-7.5, 2), divmod(7, -2), 7.0 % -2.5, math.fmod(-7.5, 2), math.remainder(7, 2))
print(math.factorial(25), math.comb(30, 12), math.perm(10, 4), math.gcd(2 ** 40, 6 ** 20), math.lcm(12, 18, 27),
      math.isqrt(10 ** 30 + 12345), math.prod(range(1, 15)), math.log(1024, 2), math.log2(1 << 70),
      math.log10(1e-7), math.log1p(1e-12), math.expm1(1e-12), math.exp(700), math.atan2(-1, -1))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9),
      math.copysign(3, -0.0), math.frexp(1e-300), math.ldexp(0.5, 1030 - 6), math.modf(-3.75), math.degrees(1),
      math.radians(180), math.dist((1, 2, 3), (4, 6, 8)), math.isinf(1e308 * 10), math.isnan(float("nan")))
print(2 ** 0.5, 2 ** -1, (-8) ** (1 / 3), 10 ** 20 / 3, 10 ** 20 // 3, 1e300 * 1e10, float("1e500"), 3 * 0.1,
      1 / 3 * 3, 0.1 * 3 == 0.3, int(1e20), int(2.0 ** 63), float(2 ** 63 - 1), float(10 ** 30), 10 ** 30 / 10 ** 28)
table = {n: [n * k for k in range(1, 6) if (n * k) % 3] for n in range(1, 8)}
print(table)
inv = {v: k for k, vs in table.items() for v in vs}
print(sorted(inv.items())[:12], len(inv))
grid = [[(r * 7 + c * 3) % 10 for c in range(6)] for r in range(5)]
print([sum(row) for row in grid], [sum(col) for col in zip(*grid)], max(map(max, grid)))
flat = sorted({x for row in grid for x in row}, reverse=True)
print(flat, [x / 4 for x in flat], [f"{x / 7:.3f}" for x in flat])
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])), {w: len(w) for w in words if len(w) > 3})
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2], list(zip(*[iter(range(9))] * 3)))
print(sum(1 / k ** 2 for k in range(1, 10001)), math.pi ** 2 / 6, float.hex(0.1), float.fromhex("0x1.8p1"),
      (0.1).as_integer_ratio(), (2.5).is_integer(), int.from_bytes(b"\x01\x02", "big"), (1234).to_bytes(4, "little"))
