# Binary operators of Python classes run by the loop in a pushed frame: left and reflected methods,
# NotImplemented falling through to the rest of the protocol, errors, tracebacks, recursion, generators.
import sys
class V:
    __slots__ = ("x",)
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, (int, float)): return V(self.x + o)
        return NotImplemented
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
    def __sub__(self, o, extra=5): return V(self.x - o.x - extra)
    def __repr__(self): return "V(%r)" % self.x
    def __truediv__(self, o): return 1 / 0
    def __pow__(self, o, mod=None): return ("pow", o, mod)
class W(V):
    def __radd__(self, o): return "W.radd"
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "N.radd %r" % (o,)
class R:
    def __radd__(self, o): return NotImplemented
print(V(1) + V(2), V(1) + 3, 2 * V(4), V(4) * 2.5, V(9) - V(1), V(2) ** 3)
print(V(1) + W(2))
try:
    V(1) + "s"
except TypeError as e: print("TE", e)
print(1 + N(), 2.5 + N())
try: N() + 1
except TypeError as e: print("TE", e)
try: 1 + R()
except TypeError as e: print("TE", e)
try: V(1) / V(2)
except ZeroDivisionError as e:
    tb = e.__traceback__; n = 0
    while tb: n += 1; tb = tb.tb_next
    print("ZDE", e, n)
def deep(n): return deep(n - 1) if n else V(0)
class Rec:
    def __add__(self, o): return self + o
try: Rec() + 1
except RecursionError: print("RecursionError")
class G:
    def __add__(self, o): yield o
print(type(G() + 1).__name__)
class Getf:
    def __add__(self, o): return sys._getframe(1).f_code.co_name
def caller(): return Getf() + 1
print(caller())
s = V(0)
for i in range(20000): s = s + V(1)
print(s)
class Bad:
    def __add__(self, o): raise KeyError(o)
def f():
    try:
        return [1, Bad() + 2, 3]
    except KeyError as e:
        return "caught %r" % e
print(f())
class A:
    def __init__(self, v): self.v = v
    def __abs__(self): return self.v
class AE:
    def __abs__(self): raise ValueError("abs failed")
class NoAbs:
    pass
class ADef:
    def __abs__(self, extra=7): return extra
print(abs(A(-3)), abs(A("not a number")), abs(ADef()), sum(abs(A(i)) for i in range(5)))
try: abs(AE())
except ValueError as e: print("VE", e)
try: abs(NoAbs())
except TypeError as e: print("TE", e)
def shadow():
    abs = lambda x: "shadowed"
    return abs(A(1))
print(shadow())
