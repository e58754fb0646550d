# float(): __float__ of subclasses, bytes and memoryview, unicode digits, underscores, -nan; hash of big and
# NaN floats; round with large n; fromhex errors; as_integer_ratio of inf/nan; format with precision, no type
import math, sys

class Foo2(float):
    def __float__(self):
        return 42.

class WithInit(float):
    def __init__(self, value, newarg=None):
        self.newarg = newarg

print(float(Foo2()), float(b'12.5'), float(bytearray(b' 3.25 ')), float(memoryview(b'12.3')[1:4]))
print(float("  \u0663.\u0661\u0664  "), float('1_000.5'), math.copysign(1.0, float('-nan')), WithInit(2.5, newarg=3).newarg)
for bad in ['1__0', '_1.0', '1.0_', '1_.5', '0x1p0', '']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [{}, 1j, [1]]:
    try:
        float(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    float(b'abc')
except ValueError as e:
    print('ValueError', e)
print(hash(sys.float_info.max), hash(-sys.float_info.max), hash(5e-324), hash(1.5), hash(float('inf')))
n = float('nan')
print(hash(n) == object.__hash__(n), eval('.1_4'), eval('.1_4e1'))
print(round(123.456, 400), round(123.456, -400), round(123.456, 10 ** 30), round(-123.456, -2 ** 70))
try:
    round(1.6e308, -308)
except OverflowError as e:
    print('OverflowError', e)
for h in ['0xp0', '0x.p0', '-0x1p1024', '0x1p-2000', '0x1.8p1', '-0X.8P+2']:
    try:
        print(h, float.fromhex(h))
    except (ValueError, OverflowError) as e:
        print(h, type(e).__name__, e)
for v in [float('inf'), float('nan')]:
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in [1234.56, 123.456, 0.0001234, 1e16, 9999.5, 12.0, 1.0, 0.5]:
    print(format(v, '.4'), format(v, '.1'), format(v, '.0'), format(v, '.2'), format(v, '.17'))
print(1.0 ** float('nan'), float('nan') ** 0.0, (-1.0) ** float('inf'))
