"""Independent CPU-bound work, strong scaling: SIZE iterations in total, split evenly over the threads.

Each thread sums a polynomial of its own range in local variables only; nothing is shared but the result
slot each thread writes once at the end (the total does not depend on the number of threads).
"""
import harness


def setup(nthreads, size):
    return [0] * nthreads


def work(results, tid, nthreads, size):
    lo = tid * size // nthreads
    hi = (tid + 1) * size // nthreads
    s = 0
    for i in range(lo, hi):
        s += (i * i + 3 * i) % 1009
    results[tid] = s


harness.run(setup, work, lambda r: sum(r))
