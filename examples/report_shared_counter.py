"""Why two threads do not scale: a shared counter.

Two threads scan their own half of the numbers, but both count their hits on one shared object, so under STM
every increment of `stats.hits` conflicts with the other thread's. The conflict report names that line and
suggests counting per thread:

    bin/stmpy --stm --report examples/report_shared_counter.py

The fix: count in a local variable and add it to the shared total once, at the end of work() (the commented
lines). Quoted report: papers/results/report.md.
"""
import threading


class Stats:
    def __init__(self):
        self.hits = 0


stats = Stats()


def work(lo, hi):
    # hits = 0
    for i in range(lo, hi):
        if i % 3 == 0:
            stats.hits += 1          # every thread writes the same attribute: the conflict
            # hits += 1
    # with atomic:
    #     stats.hits += hits


N = 300_000


def main():
    threads = [threading.Thread(target=work, args=(k * N // 2, (k + 1) * N // 2)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(stats.hits)


main()
