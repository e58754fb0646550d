import math
ninf = float('-inf'); inf = float('inf'); nan = float('nan')
for base in (ninf, inf, -2.0, -0.0, 0.0, 1.0, -1.0):
    for e in (0.5, -0.5, 3.0, -3.0, 2.0, -2.0, inf, ninf, nan, 0.0):
        try:
            r = base ** e
        except Exception as ex:
            r = type(ex).__name__ + ": " + str(ex)
        try:
            p = pow(base, e)
        except Exception as ex:
            p = type(ex).__name__
        try:
            m = math.pow(base, e)
        except Exception as ex:
            m = type(ex).__name__
        print(base, e, r, p, m)
x = -8.0
print(x ** (1/3))
print((-8) ** 0.5)
