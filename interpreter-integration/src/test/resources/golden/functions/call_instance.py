# Calling instances whose class defines __call__ in Python (and a metaclass __call__, a generator __call__):
# arguments, keywords, recursion through such calls, and the missing-argument error.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1): return (self.n + x + sum(rest)) * scale
class Meta(type):
    def __call__(cls, *a): return ("made", cls.__name__, a)
class K(metaclass=Meta): pass
class Gen:
    def __call__(self, k):
        yield from range(k)
a = Adder(10)
print(a(1), a(1, 2, 3), a(2, scale=3), K(1, 2), list(Gen()(3)))
def rec(n): return n if n == 0 else Adder(0)(rec(n - 1))
print(rec(300))
try: a()
except TypeError as e: print("TypeError:", e)
