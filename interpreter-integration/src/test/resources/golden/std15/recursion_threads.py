# Each thread has its own recursion count: threads that run into the limit in comparisons and reprs (over shared
# structures, so transactions conflict and restart under STM) leave every thread's count where it was, and a
# structure just under the limit still compares and prints in every thread afterwards.
import sys
import threading


def nest(n, wrap, leaf=0):
    o = leaf
    for _ in range(n):
        o = wrap(o)
    return o


limit = sys.getrecursionlimit()
cyc1 = []
cyc1.append(cyc1)
cyc2 = []
cyc2.append(cyc2)
near1 = nest(limit - 60, lambda o: [o])
near2 = nest(limit - 60, lambda o: [o])
deep = nest(limit + 100, lambda o: {0: o})
shared = []
results = {}


def worker(k):
    errors = 0
    ok = 0
    for i in range(30):
        try:
            cyc1 == cyc2
        except RecursionError:
            errors += 1
        try:
            repr(deep)
        except RecursionError:
            errors += 1
        shared.append(i)
        if near1 == near2 and len(repr(near1)) == 2 * (limit - 60) + 1:
            ok += 1
    results[k] = (errors, ok)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(len(shared))
print(near1 == near2, len(repr(near2)))
