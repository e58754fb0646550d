"""One insertion of a new int key into a dict (or one add to a set) per loop step, the table growing from empty
(dict28, issue 8): each kernel runs N steps in a new thread per repetition and prints that thread's CPU seconds per
repetition. (k_ins - k_loop) / N is one insertion with its share of the table's growth, (k_add - k_loop) / N one
add. Run base and new builds at the same time (same load) and compare the medians of the last repetitions.

usage: dict_insert_parts.py N REPS
"""
import sys, threading, time


def k_loop(n):
    x = 0
    for i in range(n):
        x = i


def k_ins(n):
    d = {}
    for i in range(n):
        d[i] = i


def k_add(n):
    s = set()
    for i in range(n):
        s.add(i)


def main():
    n = int(sys.argv[1]); reps = int(sys.argv[2])
    res = {f.__name__: [] for f in (k_loop, k_ins, k_add)}
    for _ in range(reps):
        for f in (k_loop, k_ins, k_add):
            out = []
            def body():
                c0 = time.thread_time()
                f(n)
                out.append(time.thread_time() - c0)
            t = threading.Thread(target=body)
            t.start()
            t.join()
            res[f.__name__].append(out[0])
    for k, v in res.items():
        print(k, " ".join("%.4f" % x for x in v))


main()
