import threading
d = {}
counts = {}
lock = threading.Lock()
def writer(tid):
    for i in range(1000):
        d[(tid, i)] = i
        d.setdefault("shared", []).append(tid)
        with lock:
            counts[tid % 2] = counts.get(tid % 2, 0) + 1
ts = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), len(d["shared"]), sorted(counts.items()))
print(sum(v for k, v in d.items() if k != "shared"))
