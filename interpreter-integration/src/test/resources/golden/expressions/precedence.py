print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, 8 >> 1 + 1)
print(not 1 == 2, not (1 == 2) and 0, 1 < 2 == 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 20 // 3 * 3 + 20 % 3)
print(1 if 2 and 0 else 3, (lambda: 0 or None is not None)())
print(-2 ** -1, ~1 + 1, 5 - -3, 3 * -1)
x = 5
print(x & 1 == 1, (x & 1) == 1)
