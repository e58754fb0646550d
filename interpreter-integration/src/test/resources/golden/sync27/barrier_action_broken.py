# threading.Barrier: an action run once per round by one thread, wait() indices, abort breaks waiters,
# reset makes it usable again, a timeout breaks it, an exception in the action breaks it.
import threading, time

log = []
rounds = []
b = threading.Barrier(3, action=lambda: rounds.append(len(log)))
idx = [[] for _ in range(3)]


def worker(k):
    for r in range(4):
        with lock:
            log.append((r, k))
        idx[k].append(b.wait())


lock = threading.Lock()
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("action rounds:", rounds)
print("indices per round:", [sorted(idx[k][r] for k in range(3)) for r in range(4)])
print("log ordered by round:", [r for (r, _) in log] == sorted(r for (r, _) in log))
print("parties", b.parties, "waiting", b.n_waiting, "broken", b.broken)

b2 = threading.Barrier(3)
res = []


def w():
    try:
        b2.wait()
        res.append("passed")
    except threading.BrokenBarrierError:
        res.append("broken")


ws = [threading.Thread(target=w) for _ in range(2)]
for t in ws:
    t.start()
while b2.n_waiting < 2:
    time.sleep(0.001)
b2.abort()
for t in ws:
    t.join()
print("after abort:", res, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", type(e).__mro__[1].__name__)
b2.reset()
print("after reset broken:", b2.broken)

b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timeout broke it:", b3.broken)


def bad_action():
    raise ValueError("action failed")


b4 = threading.Barrier(2, action=bad_action)
out = []


def w4():
    try:
        b4.wait()
        out.append("ok")
    except threading.BrokenBarrierError:
        out.append("broken")
    except ValueError as e:
        out.append("ValueError %s" % e)


ws = [threading.Thread(target=w4) for _ in range(2)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print("bad action:", sorted(out), b4.broken)
