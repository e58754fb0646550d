"""Why two threads do not scale: a shared counter.

Two threads scan their own half of the numbers, but both count their hits on one shared object (each increment
in `with atomic:`, so that none is lost), so under STM every increment of `stats.hits` conflicts with the other
thread's. The conflict report names that line, the attribute and its type, and suggests counting per thread:

    bin/stmpy --stm --report examples/report_shared_counter.py          # the conflict, reported
    bin/stmpy --stm --report examples/report_shared_counter.py fixed    # the fix: no conflict site

The fix (work_fixed): count in a local variable and add it to the shared total once. Quoted reports:
papers/results/report.md.
"""
import sys
import threading


class Stats:
    def __init__(self):
        self.hits = 0


stats = Stats()


def work(lo, hi):
    for i in range(lo, hi):
        if i % 3 == 0:
            with atomic:
                stats.hits += 1      # every thread writes the same attribute: the conflict


def work_fixed(lo, hi):
    hits = 0
    for i in range(lo, hi):
        if i % 3 == 0:
            hits += 1
    with atomic:
        stats.hits += hits


N = 300_000


def main():
    target = work_fixed if sys.argv[1:] == ["fixed"] else work
    threads = [threading.Thread(target=target, args=(k * N // 2, (k + 1) * N // 2)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(stats.hits)


main()
