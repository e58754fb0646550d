a = 3 ** 100
b = 7 ** 50
print(a + b, a - b, a * b)
print(a // b, a % b, -a // b, -a % b)
print(a * a - (a - 1) * (a + 1))
f = 1
for i in range(1, 31):
    f *= i
print(f, f // 2 ** 26, f % 1000003)
print(-(2 ** 64) >> 3, (2 ** 64) >> 63, -1 >> 100)
