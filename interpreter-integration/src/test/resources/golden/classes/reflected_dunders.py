class M:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"M({self.v})"
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        print("radd", o)
        return M(o + self.v)
    def __rsub__(self, o): return M(o - self.v)
    def __rmul__(self, o): return M(o * self.v)
    def __rtruediv__(self, o): return M(o / self.v)
    def __rpow__(self, o): return M(o ** self.v)
print(M(1) + 2, 2 + M(1), 10 - M(3), 3 * M(4), 1 / M(4), 2 ** M(5))
print(sum([M(1), M(2), M(3)]))
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "N.radd"
class O:
    def __radd__(self, o): return "O.radd"
print(1 + N(), N() + O())
try:
    object() + 1
except TypeError as e:
    print("TypeError:", e)
