import random
n = 0
class C:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global n; n += 1; return self.v < o.v
    def __repr__(self): return str(self.v)
out = []
for seed in range(60):
    random.seed(seed)
    size = random.choice([0, 1, 2, 3, 10, 33, 64, 65, 100, 257, 1000, 3000])
    kind = seed % 6
    if kind == 0: vals = [random.randrange(size + 1) for _ in range(size)]
    elif kind == 1: vals = [random.randrange(5) for _ in range(size)]
    elif kind == 2: vals = sorted(random.randrange(1000) for _ in range(size))[::-1]
    elif kind == 3:
        vals = list(range(size)); 
        for _ in range(size // 10): i, j = random.randrange(size or 1), random.randrange(size or 1); vals[i], vals[j] = vals[j], vals[i]
    elif kind == 4: vals = [x for r in range(10) for x in range(r * 37 % 200, 0, -1)][:size]
    else: vals = list(range(size // 2)) + list(range(size // 2, 0, -3)) + list(range(size // 3))
    xs = [C(v) for v in vals]
    n = 0
    rev = seed % 3 == 0
    ys = sorted(xs, reverse=rev)
    ok = [y.v for y in ys] == sorted(vals, reverse=rev)
    out.append((seed, size, n, ok))
    # keyed
    n = 0
    zs = sorted(vals, key=C)
    out.append(("key", n))
print(out)
# inconsistent comparisons
random.seed(7)
xs = [random.random() if random.random() < 0.8 else float('nan') for _ in range(5000)]
print(hash(tuple(sorted(xs))) == hash(tuple(sorted(xs))), sorted(xs)[:3][0] == sorted(xs)[0])
print(sum(1 for a, b in zip(sorted(xs), sorted(xs)[1:]) if a < b))
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return random.random() < 0.5
random.seed(9)
print([r.v for r in sorted(R(i) for i in range(200))][:40])
# exception mid-sort leaves a permutation
class E:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global n
        n += 1
        if n == 300: raise ValueError("boom")
        return self.v < o.v
random.seed(3)
l = [E(random.randrange(100)) for _ in range(200)]
n = 0
try:
    l.sort()
except ValueError as e:
    print("err", e, [x.v for x in l][:30], sorted(x.v for x in l) == sorted(x.v for x in l))
# list seen empty during sort, modification detected
l = [3, 1, 2]
def k(x):
    print("len during sort", len(l)); return x
l.sort(key=k)
print(l)
l = [C(3), C(1), C(2)]
class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        l2.append(1); return self.v < o.v
l2 = [M(3), M(1), M(2)]
try:
    l2.sort()
except ValueError as e:
    print("modified:", e, len(l2))
print(sorted(["b", "a", "\U00010000", "\uffff", "é"]))
print(sorted([3.5, 1, 2.25, -1, 10**30, True]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello world"), sorted([2, 1], reverse=True))
