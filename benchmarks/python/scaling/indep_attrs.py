"""Independent objects, attribute access only: every thread reads and writes instance attributes of its own objects.

The instance-attribute part of indep_objects.py without its dict and arithmetic mix: per inner step three
attribute loads and one store (LOAD_ATTR/STORE_ATTR hits on instance dicts), so a change of their cost shows.
"""
import harness


class Body:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def setup(nthreads, size):
    return [None] * nthreads


def work(out, tid, nthreads, size):
    bs = [Body(i, i & 3, 1) for i in range(64)]
    s = 0
    for step in range(size // 64):
        for b in bs:
            b.x = b.y + b.z + b.x & 1023
            s += b.x
    out[tid] = s


harness.run(setup, work, lambda r: sum(1 for x in r if x))
