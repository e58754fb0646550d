log = []
def f(n):
    log.append(n)
    return n
d = {}
d[f(1)] = f(2)
print(log)
log.clear()
r = f(1) + f(2) * f(3)
print(r, log)
log.clear()
def g(a, b, c=None, **k): return a
g(f("a"), f("b"), c=f("c"), z=f("z"))
print(log)
log.clear()
x = [f(0), f(1)][f(1)]
print(x, log)
