for n in [0, 7, -7, 255, 2 ** 64, -(3 ** 50)]:
    print(str(n), repr(n), hex(n), oct(n), bin(n)[:20])
print(int("7fffffff", 16), int("-1010", 2), int("zz", 36), int("0o777", 8), int("0x1F", 0), int("10", 0))
print(int("١٢٣"), int("+5"), int("\t-0\n"), int("0000"), int("1" * 40) % 1000)
for s, base in [("12", 2), ("g", 16), ("0x", 16), ("1_", 10), ("_1", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
print(str(10 ** 40), len(str(7 ** 300)), int(str(7 ** 300)) == 7 ** 300)
