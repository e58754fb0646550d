x = 5
print(-x, +x, ~x, not x, --x, -(-x), ~~x, not not x)
print(-0.0, +(-0.0), -(0.0), abs(-0.0))
print(-True, +True, ~True, ~False)
print(-(2 ** 100), +(-3.5))
class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
print(-N(), +N(), ~N())
