print(list(zip("abc", range(10))))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
pairs = list(zip(*[(1, "a"), (2, "b")]))
print(pairs)
for idx, (x, y) in enumerate(zip([1, 2], [3, 4]), start=1):
    print(idx, x * y)
