"""Independent objects, weak scaling: every thread does SIZE updates on objects of its own.

Each thread allocates its own particles (instances with attributes) and a dict, moves them and counts visits;
the work per thread is constant, so the ideal time stays flat as threads are added.
"""
import harness


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def setup(nthreads, size):
    return [None] * nthreads


def work(out, tid, nthreads, size):
    ps = [Particle(i, (i % 7) - 3) for i in range(64)]
    seen = {}
    for step in range(size // 64):
        for p in ps:
            p.x = (p.x + p.v) % 1000
            seen[p.x] = seen.get(p.x, 0) + 1
    out[tid] = len(seen)


harness.run(setup, work, lambda r: sum(1 for x in r if x))
