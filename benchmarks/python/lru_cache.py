"""functools.lru_cache call loops (issue 10): a hit loop, a miss loop with eviction (maxsize 128) and recursive
fib with lru_cache(None) after cache_clear.

usage: lru_cache.py LOOP N REPS   (LOOP: hit, miss or fib)
Prints the checksum and `median_cpu_s=`: the median thread CPU time of the last half of REPS repetitions.
"""
import sys
import time
from functools import lru_cache

cpu_clock = getattr(time, "thread_time", None) or time.process_time


def ident(x):
    return x


def hit(n):
    f = lru_cache(maxsize=128)(ident)
    for i in range(64):
        f(i)
    s = 0
    for i in range(n):
        s += f(i & 63)
    return s, f.cache_info().hits


def miss(n):
    f = lru_cache(maxsize=128)(ident)
    s = 0
    for i in range(n):
        s += f(i)
    return s, f.cache_info().misses


@lru_cache(maxsize=None)
def fib(k):
    return k if k < 2 else fib(k - 1) + fib(k - 2)


def fibs(n):
    s = 0
    for _ in range(n):
        fib.cache_clear()
        s += fib(300) & 0xffff
    return s


LOOPS = {"hit": hit, "miss": miss, "fib": fibs}


def main(argv):
    loop, n, reps = LOOPS[argv[1]], int(argv[2]), int(argv[3])
    cpus = []
    checksum = None
    for _ in range(reps):
        start = cpu_clock()
        r = loop(n)
        cpus.append(cpu_clock() - start)
        assert checksum is None or r == checksum, (r, checksum)
        checksum = r
    tail = sorted(cpus[len(cpus) // 2:])
    print(checksum)
    print("median_cpu_s=%.6f" % tail[len(tail) // 2])


if __name__ == "__main__":
    main(sys.argv)
