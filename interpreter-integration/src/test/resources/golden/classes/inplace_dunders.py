class Bag:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o)
b = Bag()
ref = b
b += 1; b += 2; b -= 1; b *= 3
print(b.items, b is ref)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)
