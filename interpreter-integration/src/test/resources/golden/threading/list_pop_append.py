# Four threads pop from one shared list and append to another until it is empty: list.pop and list.append are
# atomic bytecodes, so nothing is lost and nothing is duplicated.
import threading

N = 4000
src = list(range(N))
dst = []
counts = [0] * 4


def worker(k):
    n = 0
    while True:
        try:
            x = src.pop()
        except IndexError:
            break
        dst.append(x)
        n += 1
    counts[k] = n


ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(src), len(dst), sum(counts))
print(sorted(dst) == list(range(N)))
print(len(set(dst)) == N)

# appends only, from four threads at once
shared = []


def appender(k):
    for i in range(1000):
        shared.append((k, i))


ts = [threading.Thread(target=appender, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), len(set(shared)))
print(all([i for (k2, i) in shared if k2 == k] == list(range(1000)) for k in range(4)))
