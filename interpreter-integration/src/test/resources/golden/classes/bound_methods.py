class C:
    def __init__(self, v): self.v = v
    def get(self): return self.v
c = C(5)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, C.get(c))
c.v = 9
print(m())
fs = [C(i).get for i in range(3)]
print([f() for f in fs])
c.get = lambda: "instance attr wins"
print(c.get(), C.get(c))
