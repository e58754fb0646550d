print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[3], [1, 2], [1]]))
print(max("apple", "banana", "cherry", key=len), min([[2], [1, 5]]))
print([1, 2, 3] < [1, 2, 3, 0], (2,) > (1, 99), "Z" < "a", b"a" < b"b")
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
