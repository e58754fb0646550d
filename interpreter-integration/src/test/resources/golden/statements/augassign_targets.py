class C:
    def __init__(self):
        self.n = 1
        self.items = [1, 2]
c = C()
c.n += 10
c.n *= 2
c.items += [3]
c.items[0] += 100
print(c.n, c.items)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", []).append(5)
d["b"] += [6]
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)
t = (1, 2)
t += (3,)
print(t)
