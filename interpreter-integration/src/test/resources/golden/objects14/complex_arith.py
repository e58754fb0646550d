# Complex division and powers, last bits included (CPython's scaled division and polar power), and their errors.
def show(f):
    try:
        return f()
    except (ZeroDivisionError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)


vals = [1 + 2j, -3.5 + 0.25j, 2j, 1e-200 + 1e-200j, 1e200 + 1e200j, 0.5 - 1.5j, -1 + 0j, 3 + 0j, 0j]
for a in vals:
    for b in vals:
        print(show(lambda: a / b), show(lambda: a ** b))
    for n in (-7, -3, -1, 0, 1, 2, 5, 0.5, 1 / 3, -2.5, 101, -101):
        print(show(lambda: a ** n))
print((-8) ** (1 / 3), (-1) ** 0.5, 2 ** (1 + 1j), (-27.0) ** (2 / 3), complex(1, 1) / 3, 7 / (2 - 1j))
print(show(lambda: complex(1e300, 1e300) ** 2), show(lambda: (1e10 + 1e10j) ** 1000.5), show(lambda: 10j ** 400))
