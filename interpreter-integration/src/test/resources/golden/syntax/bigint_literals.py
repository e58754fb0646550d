a = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
print(a, a + 1, hex(a + 1))
b = -99999999999999999999999999999
print(b, abs(b), b // 7, b % 7)
print(int('1' * 50) % 97)
print(str(2 ** 1000)[:20], len(str(2 ** 1000)))
print(12345678901234567890123 == 12345678901234567890123)
print(-(1 << 70), 1 << 70 >> 69)
