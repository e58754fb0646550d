"""A dict key whose __eq__ clears the dict and refills it with an equal-hash key, during a lookup: the lookup
ends (CPython 3.11: the compared key is still in its place, so the comparison's answer counts), for get, [],
in, setdefault, pop, and for str, int, big int, tuple and float keys. How many times __eq__ runs depends on
CPython's allocator (a freed table reused at the same address) and is not printed."""


class Refiller:
    def __init__(self, m, key, val, answer=False):
        self.m = m
        self.key = key
        self.val = val
        self.answer = answer
        self.calls = 0

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        self.calls += 1
        if self.calls > 50:
            raise RuntimeError('lookup did not end')
        self.m.clear()
        self.m[self.key] = self.val
        return self.answer


for key in [5, 'five', 10 ** 30, (1, 2), 5.5]:
    for answer in (False, True):
        m = {key: 'v'}
        k = Refiller(m, key, 'v', answer)
        print(repr(key), answer, 'get', m.get(k), m)
        m = {key: 'v'}
        k = Refiller(m, key, 'v', answer)
        try:
            print(repr(key), answer, '[]', m[k])
        except KeyError:
            print(repr(key), answer, '[]', 'KeyError')
        m = {key: 'v'}
        print(repr(key), answer, 'in', Refiller(m, key, 'v', answer) in m)

# the one of the known report: an int key, m.get(K(m)) with __hash__ 5
class K:
    def __init__(self, m):
        self.m = m

    def __hash__(self):
        return 5

    def __eq__(self, other):
        self.m.clear()
        self.m[5] = 'five'
        return False


m = {5: 'five'}
print(m.get(K(m)), m)
print(m.get(K(m), 'dflt'), sorted(m.items()))

# a refill that also grows the table: the lookup starts over on the new table and still ends
class Grower:
    def __init__(self, m):
        self.m = m
        self.done = False

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if not self.done:
            self.done = True
            for i in range(100, 140):
                self.m[i] = i
        return other == 7


m = {7: 'seven'}
print(m.get(Grower(m)), len(m))

# an __eq__ that empties the dict and answers True: the key it compared is gone, the lookup misses
class Emptier:
    def __init__(self, m):
        self.m = m

    def __hash__(self):
        return 3

    def __eq__(self, other):
        self.m.clear()
        return True


m = {3: 'three'}
print(m.get(Emptier(m), 'missing'), m)
