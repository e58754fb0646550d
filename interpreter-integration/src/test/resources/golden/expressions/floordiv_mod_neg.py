for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(-0.0 % 5, 5 % -0.5)
print(10 ** 20 // -3, -(10 ** 20) % 7)
