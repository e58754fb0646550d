"""Why two threads do not scale: a global rebound in a loop.

Each thread sums the squares of its own range, but adds every term to one module-level global, so under STM
every `total += ...` (in `with atomic:`, so that no addition is lost) rebinds the same global name and the
threads' transactions conflict on it. The conflict report names the line and the global:

    bin/stmpy --stm --report examples/report_global_total.py          # the conflict, reported
    bin/stmpy --stm --report examples/report_global_total.py fixed    # the fix: no conflict site

The fix (work_fixed): accumulate in a local and add it to the global once. Quoted reports:
papers/results/report.md.
"""
import sys
import threading

total = 0


def work(lo, hi):
    global total
    for i in range(lo, hi):
        with atomic:
            total += i * i % 1000    # a global rebound in the loop: the conflict


def work_fixed(lo, hi):
    global total
    s = 0
    for i in range(lo, hi):
        s += i * i % 1000
    with atomic:
        total += s


N = 200_000


def main():
    target = work_fixed if sys.argv[1:] == ["fixed"] else work
    threads = [threading.Thread(target=target, args=(k * N // 2, (k + 1) * N // 2)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(total)


main()
