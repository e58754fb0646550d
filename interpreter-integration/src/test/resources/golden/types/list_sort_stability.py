data = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3), ("f", 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
s = sorted(sorted(data, key=lambda t: t[0], reverse=True), key=lambda t: t[1])
print(s)
xs = [5, 2, 8, 1]
xs.sort(key=lambda v: -v)
print(xs)
print(sorted([3.5, 1, 2.25, -1]), sorted(["b", "B", "a", "A"]), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
