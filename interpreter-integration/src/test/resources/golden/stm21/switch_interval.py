# sys.setswitchinterval keeps whole microseconds, and getswitchinterval reads 1e-6 * that back, as CPython does
import sys
import threading

old = sys.getswitchinterval()
print(old)
for v in [0.0001, 0.005, 0.123456789, 2.5, 1e-7, 3e-6]:
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
for bad in [0, -1.0]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
# threads still switch with the smallest interval
sys.setswitchinterval(1e-7)
counts = [0, 0]
lock = threading.Lock()


def work(i):
    for _ in range(3000):
        with lock:
            counts[i] += 1


ts = [threading.Thread(target=work, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counts)
sys.setswitchinterval(old)
print(sys.getswitchinterval() == old)
