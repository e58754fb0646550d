def f(a, b, c=0, *args, **kw):
    return a, b, c, args, sorted(kw.items())
args = [1, 2]
kw = {"c": 3, "d": 4}
print(f(*args))
print(f(*args, **kw))
print(f(*[1, 2, 3, 4, 5]))
print(f(*"xy", *"z", e=1, **{"g": 2}))
print(f(0, *range(2), **dict(k=1)))
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
try:
    f(1, 2, **{"a": 9})
except TypeError as e:
    print("TypeError:", e)
