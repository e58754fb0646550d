class C:
    def __init__(self): self._x = 1
    def getx(self): return self._x
    def setx(self, v): self._x = v * 10
    x = property(getx, setx, None, "the x")
c = C()
c.x = 2
print(c.x, C.x.__doc__)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
