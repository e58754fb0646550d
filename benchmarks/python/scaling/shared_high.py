"""Shared dict, list and set with a high conflict rate: every thread updates the same few counters of one dict,
appends to one shared list and adds to one shared set, each update in `with atomic:` so that none is lost."""
import harness


def setup(nthreads, size):
    return {"d": {k: 0 for k in range(4)}, "l": [], "s": set()}


def work(st, tid, nthreads, size):
    d = st["d"]
    l = st["l"]
    s = st["s"]
    for i in range(size // nthreads):
        x = (i * 7 + tid) % 97
        if i % 4 == 0:
            with atomic:
                d[i & 3] += 1
                l.append(x)
                s.add(x)


harness.run(setup, work, lambda st: (sum(st["d"].values()), len(st["l"]), len(st["s"])))
