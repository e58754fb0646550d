import math
vals = [0.1, 1/7, 2**0.5, math.pi, math.e, 1e-7, 123.456, 9007199254740993.0, 0.30000000000000004]
for v in vals:
    s = repr(v)
    print(s, float(s) == v)
print(float('1e-5'), float('  -2.5  '), float('1_000.25'), float('+inf'), float('-Infinity'))
print(math.isnan(float('nan')), float('nan') == float('nan'))
print(-0.0 == 0.0, math.copysign(1, -0.0))
