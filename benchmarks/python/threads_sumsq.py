"""CPU-bound threads on separate data: T threads each sum squares over its own list N times.

Run: bin/stmpy [--stm] benchmarks/python/threads_sumsq.py N T   (prints the same sum in every mode)
"""
import sys, threading
N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
T = int(sys.argv[2]) if len(sys.argv) > 2 else 2
results = [0] * T

def work(i):
    data = list(range(i, i + 100))
    s = 0
    for k in range(N):
        x = data[k % 100]
        s += x * x
    results[i] = s

ts = [threading.Thread(target=work, args=(i,)) for i in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(results))
