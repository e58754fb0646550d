print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([], default="empty"), min([], default=None), max([1, 3], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, 3, 2], key=lambda x: -x))
print(max([1, 2, 2.0]), max([2.0, 2, 1]), min([(1, "b"), (1, "a")]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(5), start=100), sum([]), sum([0.1] * 3))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
