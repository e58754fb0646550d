a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b, [9]), a.intersection([1, 2, 7]), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(3); s.add(3); s.update([1, 2], (5,))
print(sorted(s), len(s))
s.discard(100); s.remove(1)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
x = {5}
print(x.pop(), x, set() == set(), {1} == {1.0})
