xs = [1, 2, 3]
print(len(xs), sum(xs), min(xs), max(xs), 2 in xs, list(reversed(xs)), xs * 0)
print(list("abc"), list(range(3)), list((1, 2)), list({1: 2}), list())
nested = [[1, 2], [3]]
copy = nested.copy()
copy[0].append(99)
print(nested, copy is nested)
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1])
a = [1]
a.append(a)
print(a)
