class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return type(o) is P and o.v == self.v
    __hash__ = None
print(P(1) == P(1), P(1) != P(2), P(1) == 1)
class Cmp:
    def __eq__(self, o): return "custom"
print(Cmp() == 1, Cmp() != 1)
class Fmt:
    def __format__(self, spec): return f"Fmt[{spec}]"
print(format(Fmt(), "x>5"), f"{Fmt():abc}", "{:q}".format(Fmt()))
class Neg:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
print(round(Neg()), round(Neg(), 2))
