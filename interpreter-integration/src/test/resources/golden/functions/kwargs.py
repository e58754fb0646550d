def f(**kw):
    return sorted(kw.items())
print(f(), f(a=1, b=2))
def g(x, *args, y=0, **kw):
    return x, args, y, sorted(kw)
print(g(1, 2, 3, y=4, z=5, w=6))
def h(a, **kw):
    return a, kw
print(h(1, b=2), h(a=3))
try:
    h(1, a=2)
except TypeError as e:
    print("TypeError:", e)
