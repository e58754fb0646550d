data = [3, -1, 4, -1, 5, -9, 2, 6]
print([x for x in data if x > 0])
print([abs(x) for x in data if x < 0])
print({x for x in data if x % 2 == 0})
print([i for i, x in enumerate(data) if x == -1])
print([(x, y) for x in range(4) if x % 2 for y in range(4) if y > x])
print([w for w in "the quick brown fox".split() if len(w) > 3])
