"""Shared dict, list and set with a low conflict rate: every thread inserts its own keys into one dict and one
set and appends to its own list in a shared list of lists; threads rarely touch the same location."""
import harness


def setup(nthreads, size):
    return {"d": {}, "s": set(), "lists": [[] for _ in range(nthreads)]}


def work(st, tid, nthreads, size):
    d = st["d"]
    s = st["s"]
    mine = st["lists"][tid]
    base = tid * 10_000_000
    for i in range(size // nthreads):
        k = base + i
        if i % 8 == 0:
            d[k] = i
            s.add(k)
        mine.append(i & 7)


harness.run(setup, work, lambda st: (len(st["d"]), len(st["s"]), sum(len(l) for l in st["lists"])))
