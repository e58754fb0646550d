# List slices with step None, 1 and -1 (the fast paths) and every other kind (the general path), get and set,
# and list.sort / sorted: stability, reverse, key=, mixed keys, comparisons that raise, lists changed by a key.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("  __index__", self.v)
        return self.v


class MyInt(int):
    pass


base = list(range(10))
bounds = [None, 0, 1, 3, 9, 10, 11, 100, -1, -3, -10, -11, -100, 2 ** 70, -(2 ** 70), True, MyInt(4)]
out = []
for a in bounds:
    for b in bounds:
        out.append((base[a:b], base[a:b:1], base[a:b:-1]))
print(len(out), sum(len(x) + len(y) + len(z) for x, y, z in out))
print(out[5], out[40], out[77], out[100], out[150], out[-1])
print(base[Idx(2):Idx(7)], base[Idx(8):Idx(1):-1], base[::2], base[::-3], base[1:8:3], base[8:1:-2])
print([][:], [][::-1], [1][0:0], [1, 2][5:1], [1, 2][1:5:-1])

for a in [None, 0, 2, -2, 8, 20, -20]:
    for b in [None, 0, 3, -1, 9, 20, -20]:
        for src in [[], ["x"], ["x", "y", "z"], list("abcdefghijkl")]:
            p = list(range(8))
            p[a:b] = src
            out.append(p)
print(len(out), out[-1], out[-50], out[-97])
p = list(range(8))
p[:4] = p[3::-1]
print(p)
p[2:2] = p
print(p)
p[1:3] = (7, 8, 9)
print(p)
p[Idx(1):Idx(3)] = "ab"
print(p)
p[MyInt(1):True] = [0]
print(p)
p[::2] = range(len(p[::2]))
print(p)
try:
    p[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    p[1:"x"] = [1]
except TypeError as e:
    print("TypeError", e)
try:
    print(p["a":])
except TypeError as e:
    print("TypeError", e)
try:
    p[::0]
except ValueError as e:
    print("ValueError", e)


class L(list):
    pass


q = L(range(6))
q[1:3] = L("ab")
print(q, type(q[1:4]).__name__, q[4:0:-1])
q = list(range(6))
q[2:4] = L("xyz")
print(q)

# perm rotation as fannkuch does it
perm = list(range(9))
for r in range(1, 9):
    p0 = perm[0]
    perm[:r] = perm[1:r + 1]
    perm[r] = p0
print(perm)

# sort
xs = [5, 3, 8, 1, 9, 2, 7, 4, 3, 5, 1] * 7
ys = sorted(xs)
print(ys[:12], ys == sorted(xs, key=lambda v: v), sorted(xs, reverse=True)[:12])
pairs = [(i % 5, i) for i in range(60)]
print(sorted(pairs, key=lambda t: t[0])[:14])
print(sorted(pairs, key=lambda t: t[0], reverse=True)[:14])
print(sorted(range(-20, 20), key=abs)[:12], sorted(range(-20, 20), key=abs, reverse=True)[:12])
words = "the quick brown Fox jumps over The lazy dog a b A B".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3, 1.5, 2, True, -0.5, 2 ** 80, -(2 ** 70)]), sorted(["b", "a", "é", "ab", ""]))
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big) == list(range(1000)), sorted(big, reverse=True)[:5], sorted(list(range(500)) * 2)[:5])
print(sorted(range(100)) == list(range(100)), sorted(range(100, 0, -1))[:3])


class K:
    calls = 0

    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "%d%s" % (self.v, self.tag)


ks = [K(i % 4, chr(97 + i)) for i in range(20)]
print(sorted(ks), sorted(ks, reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
zs = [3, 1, 2]
try:
    zs.sort(key=lambda v: 1 // (v - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, zs)


class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 3:
            raise RuntimeError("no")
        return self.v < other.v


bs = [Bad(v) for v in [5, 4, 3, 2, 1]]
try:
    bs.sort()
except RuntimeError as e:
    print("RuntimeError", e, [b.v for b in bs])
victim = [4, 2, 3]
try:
    victim.sort(key=lambda v: victim.append(v) or v)
except ValueError as e:
    print("ValueError", e)
try:
    [1].sort(1)
except TypeError as e:
    print("TypeError", e)
try:
    [1].sort(cmp=None)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print("TypeError", e)
e = []
e.sort()
print(e, sorted([]), sorted([1]), sorted("hello"), sorted({3: 1, 1: 2}), sorted([[2], [1, 2], [1]]))
