print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(5.5, 2), divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(7, -1, 13), pow(2.0, 3), pow(4, 0.5), pow(10, -2))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-1.5), round(-2.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123, -2), round(150, -2), round(250, -2))
print(round(1e20), round(7), type(round(7.0)).__name__, type(round(7.0, 1)).__name__, round(-0.4))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
