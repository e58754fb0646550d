"""Why two threads do not scale: a global rebound in a loop.

Each thread sums the squares of its own range, but adds every term to one module-level global, so under STM
every `total += ...` rebinds the same global name and the threads' transactions conflict on it. The conflict
report names the line and the global:

    bin/stmpy --stm --report examples/report_global_total.py

The fix: accumulate in a local and add it to the global once (the commented lines). Quoted report:
papers/results/report.md.
"""
import threading

total = 0


def work(lo, hi):
    global total
    # s = 0
    for i in range(lo, hi):
        total += i * i % 1000        # a global rebound in the loop: the conflict
        # s += i * i % 1000
    # with atomic:
    #     total += s


N = 300_000


def main():
    threads = [threading.Thread(target=work, args=(k * N // 2, (k + 1) * N // 2)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(total)


main()
