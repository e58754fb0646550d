print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 10 / 4)
print(2 ** 64 / 2, 1 / 2 ** 64)
print(10 ** 30 / 10 ** 10)
print(0.1 * 3, 0.1 + 0.1 + 0.1 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
