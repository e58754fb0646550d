"""gil24: list item stores with int keys (the STORE_SUBSCR fast path) and set/frozenset copies and unions."""


def show(label, f):
    try:
        print(label, f())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, e)


# exact lists: every index kind
a = [0] * 5
for i in range(5):
    a[i] = i * i
print(a)
a[-1] = 'last'
a[-5] = 'first'
print(a)


def store(lst, k, v):
    lst[k] = v
    return lst


show("past end", lambda: store([1, 2, 3], 3, 9))
show("before start", lambda: store([1, 2, 3], -4, 9))
show("huge", lambda: store([1, 2, 3], 2 ** 70, 9))
show("huge neg", lambda: store([1, 2, 3], -(2 ** 70), 9))
show("bool key", lambda: store([1, 2, 3], True, 'b'))
show("float key", lambda: store([1, 2, 3], 1.0, 9))
show("str key", lambda: store([1, 2, 3], '1', 9))
show("empty", lambda: store([], 0, 9))
for big in (2 ** 63, 2 ** 63 - 1, -(2 ** 63), 2 ** 70):
    for seq in ([1], (1,), 'a', b'a', bytearray(b'a'), range(3), range(2 ** 70)):
        show("get %s %r" % (type(seq).__name__, big == 2 ** 63 - 1), lambda: seq[big])
    show("del list", lambda: store([1], big, 0).__delitem__(big))
    show("set bytearray", lambda: store(bytearray(b'a'), big, 0))


class Idx:
    def __index__(self):
        return 1


class IntSub(int):
    pass


show("__index__", lambda: store([1, 2, 3], Idx(), 'i'))
show("int subclass", lambda: store([1, 2, 3], IntSub(2), 's'))


class Logged(list):
    def __setitem__(self, k, v):
        print("  Logged.__setitem__", k, v)
        super().__setitem__(k, v * 10)


show("list subclass with __setitem__", lambda: store(Logged([1, 2, 3]), 1, 5))


class Plain(list):
    pass


show("plain list subclass", lambda: store(Plain([1, 2, 3]), -1, 7))
d = {}
d[3] = 'x'
d[-1] = 'y'
print(sorted(d.items()))
show("tuple", lambda: store((1, 2), 0, 9))
ba = bytearray(b'abc')
ba[1] = 65
print(ba)
# augmented stores and the fannkuch shapes
count = [3, 3, 3]
r = 2
count[r] -= 1
count[r - 1] = r
perm = [0, 1, 2, 3]
p0 = perm[0]
perm[:2] = perm[1:3]
perm[2] = p0
print(count, perm)
# a list that grows and shrinks while indexing
g = []
for i in range(20):
    g.append(None)
    g[len(g) - 1] = i
    if i % 5 == 4:
        del g[0]
        g[-1] = -i
print(g)

# sets: copies, unions and their iteration order (CPython's table layout)
for n in (0, 1, 4, 5, 10, 50, 200):
    s = set(range(n))
    c = s.copy()
    print(n, c == s, list(c) == list(s), len(c), type(c).__name__)
    fs = frozenset(s)
    print(n, list(fs | {n + 1000}) == list(s | {n + 1000}), sorted(fs | {-1})[:3])
# copies of sets with dummy slots (removed keys) and after growth
s = set(range(40))
for k in (-8, -16, 1024, 2048):
    s.add(k)
for k in range(0, 40, 3):
    s.discard(k)
c = s.copy()
print(len(c), list(c), c == s)
u = s | {100, 200, 300}
print(len(u), list(u)[:8], sorted(u)[-3:])
# the nqueens shape
diag = frozenset()
for row in range(12):
    diag = diag | {row * 7 % 11 - 5}
    print(row, len(diag), list(diag))
print(type(frozenset({1}) | {2}).__name__, type({1} | frozenset({2})).__name__)


class SetSub(set):
    pass


ss = SetSub([3, 1, 2])
print(type(ss.copy()).__name__, type(ss | {9}).__name__, sorted(ss | {9}))
e = set()
e2 = e.copy()
e2.add(1)
print(e, e2, e == set(), set() | set())
