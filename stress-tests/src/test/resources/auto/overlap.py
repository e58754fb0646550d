# Two threads running bytecode at the same time for a while (run by AutoModeGraceTest with argv[1] = the spin count):
# prints the transactions committed meanwhile, then that both threads computed the right sum.
import sys, threading, transaction

def spin(n, out, k):
    s = 0
    for i in range(n):
        s = (s + i) & 1023
    out[k] = s

n = int(sys.argv[1])
out = [None, None]
c0 = transaction.stats()["commits"]
ts = [threading.Thread(target=spin, args=(n, out, k)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("commits", transaction.stats()["commits"] - c0)
expected = 0
for i in range(n):
    expected = (expected + i) & 1023
print("sums right:", out == [expected, expected])
