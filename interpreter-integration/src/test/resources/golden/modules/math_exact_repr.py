import math
vals = [math.sqrt(x) for x in range(1, 8)]
print([repr(v) for v in vals])
print(repr(math.exp(2.5)), repr(math.log(7)), repr(math.sin(1)), repr(math.cos(1)), repr(math.tan(1)))
print(repr(math.atan2(-1, -2)), repr(27 ** (1 / 3)), repr(math.pow(1.1, 10)))
print(repr(1.1 ** 10), repr(math.hypot(1, 1)), round(math.gamma(5.5), 9), round(math.erf(0.5), 12))
