"""Int micro-programs (issue 10, int26): the int loops users write, timed warm in one process.

usage: intloops.py KERNEL N REPS   (KERNEL: one of KERNELS below, or "all" to run each in turn)
Prints, per kernel, the checksum and `ns_per_iter=<x>`: thread CPU time per loop iteration, the median over the
last half of the repetitions (the earlier ones warm up the JIT). Run one kernel per process to compare builds: the
kernels share the interpreter's dispatch loop, so one kernel's profile shapes the next one's compiled loop.
"""
import sys
import time

cpu = getattr(time, "thread_time", None) or time.process_time


def while_count(n):
    i = 0
    while i < n:
        i += 1
    return i


def range_sum(n):
    s = 0
    for i in range(n):
        s += i
    return s


def hash31(n):
    data = list(range(97, 123)) * (n // 26 + 1)
    h = 0
    for c in data:
        h = (h * 31 + c) & 0xFFFFFFFF
    return h


def bitops(n):
    t = 0
    for i in range(n):
        t += (i % 7) + (i // 3 & 15) + (i << 2 & 255)
    return t


def cmp_if(n):
    c = 0
    for i in range(n):
        m = i % 100
        if 10 < m < 60:
            c += 1
        elif m == 99:
            c -= 2
    return c


def index_diff(n):
    a = [(i * 7919) % 10007 for i in range(1000)]
    best = 0
    for _ in range(n // 999):
        for i in range(len(a) - 1):
            d = a[i + 1] - a[i]
            if d > best:
                best = d
    return best


def poly(n):
    s = 0
    for i in range(n):
        s += (i * i + 3 * i) % 1009
    return s


KERNELS = [while_count, range_sum, hash31, bitops, cmp_if, index_diff, poly]


def median_tail(xs):
    t = sorted(xs[len(xs) // 2:])
    m = len(t) // 2
    return t[m] if len(t) % 2 else (t[m - 1] + t[m]) / 2


def bench(fn, n, reps):
    times = []
    check = None
    for _ in range(reps):
        t0 = cpu()
        r = fn(n)
        times.append(cpu() - t0)
        if check is None:
            check = r
        elif r != check:
            raise SystemExit("checksum changed: %r then %r" % (check, r))
    print("%s %d ns_per_iter=%.2f" % (fn.__name__, check, median_tail(times) * 1e9 / n))


def main(argv):
    name, n, reps = argv[1], int(argv[2]), int(argv[3])
    for fn in KERNELS:
        if name in ("all", fn.__name__):
            bench(fn, n, reps)


if __name__ == "__main__":
    main(sys.argv)
