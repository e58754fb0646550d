t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), len(t), t[1:3], t + (9,), t * 2, sorted(t))
print(tuple(reversed(t)), min(t), max(t), 5 in t, hash((1, 2)) == hash((1, 2)))
a, *b = t
print(a, b)
print((1, [2]) [1], ((),), (1,) * 3, tuple())
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
