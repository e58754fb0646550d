"""math.cosh, sinh and log10 give CPython's (glibc's) doubles, to the last bit, on ordinary arguments."""
import math

xs = [i / 4 for i in range(-20, 21)] + [0.3, 1.7, 5.5, 12.25, 21.9, 22.5, 100.0, 700.0, 709.5, 1e-9, -3e-30]
for x in xs:
    print(repr(x), repr(math.cosh(x)), repr(math.sinh(x)))
for x in [0.001, 0.5, 2.0, 3.14159, 7.0, 42.0, 99.99, 1234.5, 1e10, 6.02e23, 1e-300, 5e-324]:
    print(repr(x), repr(math.log10(x)))
print(math.log10(10 ** 50), math.log10(3 ** 700), math.log10(7 ** 400))
for bad in (0.0, -1.0):
    try:
        math.log10(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    math.cosh(1000.0)
except OverflowError as e:
    print("OverflowError:", e)
print(math.cosh(float("inf")), math.sinh(float("-inf")), math.sinh(-0.0))
