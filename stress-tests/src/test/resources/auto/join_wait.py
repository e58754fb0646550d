# A worker computes for argv[1] seconds while the main thread waits in join() (run by AutoModeJoinTest): prints
# the transactions committed meanwhile and that the worker's result arrived.
import sys, threading, time, transaction

def work(seconds, out):
    end = time.monotonic() + seconds
    s = n = 0
    while time.monotonic() < end:
        for i in range(1000):
            s = (s + i) & 1023
        n += 1
    out.append(n > 0)

out = []
c0 = transaction.stats()["commits"]
t = threading.Thread(target=work, args=(float(sys.argv[1]), out))
t.start()
t.join()
print("commits", transaction.stats()["commits"] - c0)
print("worker done:", out == [True])
