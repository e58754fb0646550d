x = "outer"
r = [x for x in range(3)]
print(x, r)
y = 10
print([y + i for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda i=i: i) for i in range(3)]
print([g() for g in gs])
print(sorted({k for k in "ab"}), "k" in dir())
