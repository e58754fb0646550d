# int.__pow__ with a modulus: the three-argument pow of ints, NotImplemented for other operand types, and
# independent of the name pow in builtins.
import builtins

print((7).__pow__(3, 5), (3).__pow__(-1, 7), (2).__pow__(10, -7), (2).__pow__(10, None), True.__pow__(2, 3))
print((2).__pow__(3, 5.0), (2).__pow__(3.0, 5), (2).__pow__("3", 5))
for base, exp, mod in [(2.0, 3, 5), (2, 3, 0), (4, -1, 8)]:
    try:
        print(type(base).__pow__(base, exp, mod))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
saved = builtins.pow
builtins.pow = lambda *a: "rebound"
print((7).__pow__(3, 5), pow(7, 3, 5))
builtins.pow = saved
print(pow(7, 3, 5))
