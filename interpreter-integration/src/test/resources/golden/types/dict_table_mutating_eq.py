"""A dict lookup whose key __eq__ grows, shrinks or clears the same dict: the lookup starts over on the dict's
current arrays (CPython restarts too), so results stay those of a lookup done after the mutation."""


class K:
    def __init__(self, v):
        self.v = v
        self.action = None

    def __hash__(self):
        return 7

    def __eq__(self, other):
        a = self.action
        if a is not None:
            self.action = None
            a()
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%d)" % self.v


d = {}
stored = [K(i) for i in range(3)]
for i, k in enumerate(stored):
    d[k] = i * 10


def grow():
    for j in range(100, 140):
        d[j] = j


stored[0].action = grow
print(d.get(K(1)), len(d))
print(list(d)[:4])


def shrink():
    for j in range(100, 138):
        del d[j]


stored[0].action = shrink
print(d.get(K(2)), len(d))
print(sorted(k for k in d if isinstance(k, int)))

stored[0].action = grow
d[K(1)] = "one"
print(d[K(1)], len(d))


def clear():
    d.clear()


stored[0].action = clear
print(d.get(K(1), "gone"), len(d))
d[K(5)] = 5
print(d, K(5) in d)

s = {}
for i in range(20):
    s["k%d" % i] = i
for i in range(0, 20, 2):
    del s["k%d" % i]
s["new"] = -1
print(list(s.items())[:5], len(s))
print({**s, "k1": 100}["k1"], s == dict(s), s.copy() == s)
