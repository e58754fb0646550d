# Sets shared between threads and the set paths that read or copy a set's table (objs21: in STM mode a set's
# keys and hashes arrays are guarded by the set's own lock word, like a dict's). Output does not depend on timing.
import threading
import pickle


def run(n, target):
    ts = [threading.Thread(target=target, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


# 1. four threads add their own keys and some common ones to one set (the table grows while they run)
shared = set()


def adder(tid):
    for i in range(1500):
        shared.add(tid * 100000 + i)
        if i % 10 == 0:
            shared.add(("common", i))


run(4, adder)
print("adds", len(shared), sum(k for k in shared if isinstance(k, int)), len([k for k in shared if isinstance(k, tuple)]))

# 2. adds and discards of each thread's own keys in one set; frozenset built from a set another thread changes
churn = set(range(1000))


def churner(tid):
    for i in range(tid, 1000, 4):
        churn.discard(i)
        churn.add(-i - 1)
    for i in range(tid, 1000, 8):
        churn.add(i)


run(4, churner)
print("churn", len(churn), sum(churn), min(churn), max(churn))

# 3. each thread works on sets of its own: copies (both copy paths), the operators, comparisons, hashes,
# iteration, the iterator's length hint and pickling, dict.fromkeys from a set
results = [None] * 4


def own(tid):
    out = []
    a = set(range(tid, 200, 3))
    b = set(range(0, 200, 5))
    c = a.copy()                      # a table with no dummies: copied slot by slot
    a.discard(tid)
    d = a.copy()                      # a dummy slot: merged into a fresh table
    out.append((len(c), len(d), sorted(c - d)))
    out.append((len(a | b), len(a & b), len(a - b), len(a ^ b), len(b - a)))
    out.append((a <= (a | b), a < a, a == set(a), frozenset(a) == frozenset(list(a))))
    out.append(hash(frozenset(range(tid, 50))) == hash(frozenset(reversed(range(tid, 50)))))
    it = iter(b)
    next(it)
    out.append((it.__length_hint__(), len(list(it))))
    it2 = iter(frozenset(range(20)))
    for _ in range(5):
        next(it2)
    out.append(sorted(pickle.loads(pickle.dumps(it2))))
    out.append(sorted(dict.fromkeys(frozenset(range(tid, tid + 6)), tid).items()))
    e = set(b)
    e |= a
    e &= set(range(100))
    e -= {0, 5, 10}
    e ^= {1000, 5}
    out.append(sorted(e)[:8] + [len(e)])
    results[tid] = out


run(4, own)
for tid, out in enumerate(results):
    print("own", tid, out)


# 4. a key whose __eq__ grows the set during a lookup (the probe starts over on the new table)
class Grow:
    def __init__(self, v, s):
        self.v = v
        self.s = s

    def __hash__(self):
        return 7

    def __eq__(self, o):
        if self.s is not None and len(self.s) < 40:
            for i in range(20):
                self.s.add(1000 + len(self.s) * 37 + i)
        return isinstance(o, Grow) and o.v == self.v


g = set()
g.add(Grow(1, g))
print("grow", Grow(1, None) in g, len(g))
g.add(Grow(2, None))
print("grow2", len(g), Grow(3, None) in g)

# 5. changing a set while iterating it
s = set(range(10))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("iter", e)

# 6. readers iterate a set a writer replaces whole, under a lock (each snapshot is a whole set)
box = [frozenset(range(10))]
lock = threading.Lock()
bad = []


def writer(tid):
    for i in range(200):
        with lock:
            box[0] = frozenset(range(i, i + 10))


def reader(tid):
    for i in range(200):
        with lock:
            f = box[0]
        if len(f) != 10 or max(f) - min(f) != 9 or sum(f) != 10 * min(f) + 45:
            bad.append(sorted(f))


ts = [threading.Thread(target=writer, args=(0,))] + [threading.Thread(target=reader, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("snapshots", bad, sorted(box[0]))
