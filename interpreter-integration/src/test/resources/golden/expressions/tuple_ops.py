t = (1, 2, 3)
print(t + (4,), t * 2, t[1:], t[::-1], t.index(2), t.count(3))
print((1, 2) < (1, 3), (1,) == (1,), () < (0,), (1, 'a') < (1, 'b'))
a, b = 1, 2
a, b = b, a
print(a, b)
x = 1,
print(x, type(x).__name__, len(x))
print(tuple("abc"), tuple(range(3)), tuple([1, [2]]))
