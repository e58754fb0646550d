pairs = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (x, y) in pairs:
    print(n, x, y)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
for i, (a, *b) in enumerate(["xyz", "uv"]):
    print(i, a, b)
d = {"k1": [1, 2], "k2": [3, 4]}
for k, (v1, v2) in sorted(d.items()):
    print(k, v1 + v2)
