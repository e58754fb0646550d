# One dict and one set shared by two threads (dict28: in STM mode a dict's and a set's tables are guarded by their
# own lock word, and an insertion that grows a table refills the new arrays in place). Disjoint and overlapping
# keys, growth and compaction while both insert, and `with atomic:` batches that a reader must see whole. The
# output does not depend on timing.
import threading

try:
    atomic
except NameError:
    atomic = threading.RLock()


def run(n, target):
    ts = [threading.Thread(target=target, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def val(k):
    return k * 3 + 1 if isinstance(k, int) else len(k)


# 1. disjoint int and str keys and overlapping ones (the same key and value from both threads), no atomic block:
# every insertion must land, through every growth of both tables
d = {}
s = set()


def inserter(tid):
    for i in range(3000):
        k = tid * 1000000 + i
        d[k] = val(k)
        s.add(k)
        if i % 3 == 0:
            c = 500000 + i // 3
            d[c] = val(c)
            s.add(c)
        if i % 7 == 0:
            w = "w%d" % i
            d[w] = val(w)
            s.add(w)


run(2, inserter)
ints = [k for k in d if isinstance(k, int)]
strs = [k for k in d if isinstance(k, str)]
print("1 dict", len(d), len(ints), len(strs), sum(ints), all(d[k] == val(k) for k in d))
print("1 set", len(s), s == set(d), sum(k for k in s if isinstance(k, int)))
mine = [[k for k in ints if k // 1000000 == t and k % 1000000 < 3000] for t in (0, 1)]
print("1 order", [m == sorted(m) for m in mine], len(mine[0]), len(mine[1]))

# 2. deletions and re-insertions of each thread's own keys (the entry arrays compact without growing) while the
# other thread does the same
d2 = {i: val(i) for i in range(2000)}
s2 = set(range(2000))


def churner(tid):
    for rnd in range(3):
        for i in range(tid, 2000, 2):
            del d2[i]
            s2.discard(i)
        for i in range(tid, 2000, 2):
            k = i + 10000 * (rnd + 1)
            d2[k] = val(k)
            s2.add(k)
        for i in range(tid, 2000, 2):
            k = i + 10000 * (rnd + 1)
            del d2[k]
            s2.discard(k)
            d2[i] = val(i)
            s2.add(i)


run(2, churner)
print("2", len(d2), sorted(d2) == list(range(2000)), all(d2[k] == val(k) for k in d2), s2 == set(range(2000)))

# 3. `with atomic:` batches: each writer adds 4 keys to the dict and the set and bumps a count in one block; a
# reader's block must see whole batches only (no lost insert, no torn resize)
d3 = {}
s3 = set()
count = [0, 0]
seen = []


def writer(tid):
    for b in range(400):
        with atomic:
            for j in range(4):
                k = (tid * 100000) + b * 4 + j
                d3[k] = val(k)
                s3.add(k)
            count[tid] += 1


def reader():
    bad = 0
    for r in range(300):
        with atomic:
            n = len(d3)
            c = count[0] + count[1]
            ok = n == 4 * c and len(s3) == n and all(d3[k] == val(k) for k in list(d3)[-8:])
            if not ok:
                bad += 1
    seen.append(bad)


ws = [threading.Thread(target=writer, args=(t,)) for t in (0, 1)]
rd = threading.Thread(target=reader)
for t in ws:
    t.start()
rd.start()
for t in ws:
    t.join()
rd.join()
print("3", len(d3), len(s3), count, "torn views:", seen[0])
print("3 keys", sum(d3) == 2 * sum(range(1600)) + 100000 * 1600, s3 == set(d3))

# 4. overlapping keys in atomic blocks: both threads insert the same keys with a per-key count, read-modify-write
cnt = {}


def bumper(tid):
    for i in range(1500):
        k = (i * 7 + tid) % 500
        with atomic:
            cnt[k] = cnt.get(k, 0) + 1


run(2, bumper)
print("4", len(cnt), sum(cnt.values()), min(cnt.values()), max(cnt.values()))
