print(len("abc"), len([1, 2]), len({}), len(range(10)), len({1, 2, 2}), len(b"xy"))
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
for i, (a, b) in enumerate(zip("xy", "XY"), 1):
    print(i, a, b)
print(dict(zip(["k1", "k2"], [1, 2])))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
