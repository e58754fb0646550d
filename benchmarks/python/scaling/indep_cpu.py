"""Independent CPU-bound work, strong scaling: SIZE iterations in total, split evenly over the threads.

Each thread computes a polynomial hash of its own range in local variables only; nothing is shared but the
result slot each thread writes once at the end.
"""
import harness


def setup(nthreads, size):
    return [0] * nthreads


def work(results, tid, nthreads, size):
    lo = tid * size // nthreads
    hi = (tid + 1) * size // nthreads
    h = 0
    for i in range(lo, hi):
        h = (h * 31 + i * i) % 1000003
    results[tid] = h


harness.run(setup, work, lambda r: len(r))
