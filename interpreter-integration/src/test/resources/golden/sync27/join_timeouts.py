# Thread.join(timeout) on a live thread returns with the thread still alive; a worker parked on a Condition is
# woken later; join(None) and join(0) on a finished thread; threads started from threads joined by their parent.
import threading

cond = threading.Condition()
flag = []


def parked():
    with cond:
        cond.wait_for(lambda: flag)


t = threading.Thread(target=parked)
t.start()
t.join(timeout=0.02)
print("alive after join timeout:", t.is_alive())
t.join(0)
print("alive after join(0):", t.is_alive())
with cond:
    flag.append(1)
    cond.notify_all()
t.join()
print("alive after wake:", t.is_alive())
t.join()
t.join(0)
t.join(None)
print("repeated joins fine")

results = []
lock = threading.Lock()


def parent(k):
    kids = [threading.Thread(target=lambda j=j: results.append((k, j))) for j in range(3)]
    for c in kids:
        c.start()
    for c in kids:
        c.join()
    with lock:
        results.append((k, "parent done"))


ps = [threading.Thread(target=parent, args=(k,)) for k in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print("tree:", sorted(results, key=str))
for k in range(3):
    mine = [r for r in results if r[0] == k]
    print(k, "parent after its children:", mine[-1] == (k, "parent done"), len(mine))
