pts = {(0, 0), (1, 2), (0, 0), (2, 1)}
print(sorted(pts), len(pts), (1, 2) in pts)
seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
print(set([1, 2]) == frozenset([2, 1]), {1, 2}.union({3}) == {1, 2, 3})
