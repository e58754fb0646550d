a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(-12 & 0xFF, -12 | 3, -12 ^ 5, -5 & -3)
print(1 << 100, (1 << 100) & ((1 << 64) - 1), 255 >> 4, -255 >> 4)
print(bin(a & ~b), bin(-a), (2**70 | 1) & 3)
print(True & False, True | False, True ^ True, type(True & True).__name__)
