print(sorted({x % 4 for x in range(20)}))
print({x: x ** 2 for x in range(5)})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({len(w) for w in words}))
print({(i, j): i * j for i in range(2) for j in range(2)})
