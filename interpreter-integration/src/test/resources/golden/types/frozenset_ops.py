f = frozenset([3, 1, 2])
g = frozenset([2, 3, 4])
print(f | g, f & g, f - g, type(f | {9}).__name__, type({9} | f).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "key"}[frozenset({1, 2, 3})])
print(f == {1, 2, 3}, f.issubset({1, 2, 3, 4}), sorted(f))
s = {frozenset([1]), frozenset([1]), frozenset()}
print(len(s))
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
