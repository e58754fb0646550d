a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__, id(a) > 0)
print(id(None) == id(None))
class K: pass
x = K()
y = K()
print(id(x) != id(y))
