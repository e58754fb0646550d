# complex() arguments and strings; bound built-in methods compare by identity, __objclass__/__qualname__;
# reflected operator of a subclass only when overridden; str-subclass dict keys use their own __hash__/__eq__;
# classmethod/staticmethod copy the wrapped attributes; private __slots__ names are mangled and may not shadow
print(complex("1+2j"), complex(imag=42, real=666), complex(real=1), complex(1, imag=2), complex("(3-4.5e1j)"), complex("-j"), complex(" 2 "))
l = []
print(l.__add__ == l.__add__, l.__add__ != l.__add__, l.__add__ == [].__add__, l.__add__ == l.__mul__)
print(l.__add__.__objclass__, list.__add__.__objclass__, str.lower.__qualname__, [].append.__qualname__, len.__qualname__)
class C:
    def __floordiv__(self, o): return "C.__floordiv__"
    def __rfloordiv__(self, o): return "C.__rfloordiv__"
class E(C): pass
print(C() // E(), E() // C(), 1 // E())
class cistr(str):
    def __init__(self, v): self.c = v.lower()
    def __eq__(self, o):
        if not isinstance(o, cistr): o = cistr(o)
        return self.c == o.c
    def __hash__(self): return hash(self.c)
d = {cistr('one'): 1, cistr('two'): 2}
print(d[cistr('tWo')], cistr('ONe') in d, d.get(cistr('oNE')))
def f(): "f doc"
cm = classmethod(f); print(sorted(cm.__dict__)); print(staticmethod(None).__dict__)
class C4:
    __slots__ = ['__a']
    def __init__(self, v): self.__a = v
    def get(self): return self.__a
print(C4(5).get(), C4.__slots__, '_C4__a' in C4.__dict__)
try:
    class X:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print("ValueError", e)
