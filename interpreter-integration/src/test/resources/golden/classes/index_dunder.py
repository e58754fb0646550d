class Two:
    def __index__(self): return 2
xs = [10, 20, 30, 40]
print(xs[Two()], xs[Two():], "abcd"[Two()], range(10)[Two()])
print(hex(Two()), bin(Two()), [0] * Two(), operator_index := Two().__index__())
import operator
print(operator.index(Two()), int.__index__(7))
try:
    xs[1.0]
except TypeError as e:
    print("TypeError:", e)
