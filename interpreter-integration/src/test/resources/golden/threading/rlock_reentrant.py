import threading
r = threading.RLock()
log = []
def outer(depth):
    with r:
        log.append(("enter", depth))
        if depth < 3:
            outer(depth + 1)
        log.append(("exit", depth))
outer(0)
print(log)
total = [0]
def worker():
    for _ in range(1000):
        with r:
            with r:
                total[0] += 1
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(total[0])
print(r.acquire(), r.acquire())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
