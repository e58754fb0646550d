"""Builtin method calls on thread-own objects (dict.get, a dict store, list.append, list.clear): the call path of
built-in methods per STM thread (objs19). usage: indep_calls.py NTHREADS SIZE [REPS]
"""
import harness


def setup(n, size):
    return [None] * n


def work(out, tid, n, size):
    d = {}
    acc = []
    for i in range(size):
        k = i & 255
        d[k] = d.get(k, 0) + 1
        if i & 63 == 0:
            acc.clear()
        acc.append(k)
    out[tid] = len(d) + len(acc)


harness.run(setup, work, lambda r: sum(1 for x in r if x))
