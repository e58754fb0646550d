a = [1]
b = a
a += [2]
print(a is b, b)
s = "x"
s2 = s
s += "y"
print(s, s2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
class Acc:
    def __init__(self): self.v = 0
    def __iadd__(self, o):
        self.v += o
        return self
x = Acc()
y = x
x += 5
print(x is y, y.v)
