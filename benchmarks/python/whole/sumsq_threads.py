import sys, threading
N = int(sys.argv[1]); T = int(sys.argv[2])
res = [0] * T
def work(k):
    s = 0
    for i in range(N):
        s += i * i % 7
    res[k] = s
ts = [threading.Thread(target=work, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(res))
