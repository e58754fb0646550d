# Timeouts racing releases, notifies, sets and puts (Lock, Semaphore, Condition, Event, Queue, Barrier, a
# Condition over an RLock): whatever wins each race, the primitives' state stays consistent afterwards.
import threading, queue, time
ROUNDS = 12
bad = []
# 1. lock acquire(timeout) racing release: a False acquire never holds the lock
for r in range(ROUNDS):
    l = threading.Lock(); l.acquire()
    res = []
    def a():
        res.append(l.acquire(timeout=0.001 * (r % 3)))
    ts = [threading.Thread(target=a) for _ in range(3)]
    for t in ts: t.start()
    l.release()
    for t in ts: t.join()
    n = res.count(True)
    if n > 1 or (n == 1) != l.locked():
        bad.append(("lock", r, res, l.locked()))
# 2. semaphore acquire(timeout) racing release: value conserved
for r in range(ROUNDS):
    s = threading.Semaphore(0); res = []
    def a():
        res.append(s.acquire(timeout=0.001 * (r % 4)))
    ts = [threading.Thread(target=a) for _ in range(4)]
    for t in ts: t.start()
    s.release(2)
    for t in ts: t.join()
    left = 0
    while s.acquire(blocking=False): left += 1
    if res.count(True) + left != 2:
        bad.append(("sem", r, res, left))
# 3. condition wait(timeout) racing notify: waiters list empty afterwards, lock free
for r in range(ROUNDS):
    c = threading.Condition(); woke = []
    def w():
        with c:
            woke.append(c.wait(timeout=0.001 * (r % 3)))
    ts = [threading.Thread(target=w) for _ in range(3)]
    for t in ts: t.start()
    with c:
        c.notify(2)
    for t in ts: t.join()
    with c:
        nw = len(c._waiters)
    if nw != 0 or c._is_owned() or len(woke) != 3:
        bad.append(("cond", r, woke, nw))
# 4. event wait(timeout) racing set
for r in range(ROUNDS):
    e = threading.Event(); res = []
    ts = [threading.Thread(target=lambda: res.append(e.wait(0.001 * (r % 3)))) for _ in range(3)]
    for t in ts: t.start()
    e.set()
    for t in ts: t.join()
    if len(res) != 3 or not e.is_set() or e._cond._lock.locked():
        bad.append(("event", r, res))
# 5. queue get(timeout) racing put: no item lost or duplicated
for r in range(ROUNDS):
    q = queue.Queue(); got = []; gl = threading.Lock()
    def g():
        while True:
            try:
                x = q.get(timeout=0.002)
            except queue.Empty:
                return
            with gl: got.append(x)
    ts = [threading.Thread(target=g) for _ in range(3)]
    for t in ts: t.start()
    for i in range(20): q.put(i)
    for t in ts: t.join()
    left = []
    while not q.empty(): left.append(q.get_nowait())
    if sorted(got + left) != list(range(20)) or q.unfinished_tasks != 20 or q.mutex.locked():
        bad.append(("queue", r, len(got), len(left)))
# 6. barrier wait with a short timeout in one party
for r in range(ROUNDS // 3):
    b = threading.Barrier(3); outs = []; ol = threading.Lock()
    def bw(to):
        try:
            b.wait(timeout=to); o = "passed"
        except threading.BrokenBarrierError:
            o = "broken"
        with ol: outs.append(o)
    ts = [threading.Thread(target=bw, args=(0.002 * (r % 3),)), threading.Thread(target=bw, args=(5,)),
          threading.Thread(target=bw, args=(5,))]
    for t in ts: t.start()
    for t in ts: t.join()
    if not (outs.count("passed") == 3 or outs.count("broken") == 3 or
            (b.broken and outs.count("broken") >= 1)):
        bad.append(("barrier", r, outs))
    if b.n_waiting != 0 or b._cond._lock.locked():
        bad.append(("barrier state", r, b.n_waiting))
# 7. rlock condition under contention
rc = threading.Condition(threading.RLock()); cnt = [0]
def rw():
    for i in range(50):
        with rc:
            with rc:
                cnt[0] += 1
                rc.notify_all()
                if i % 10 == 0:
                    rc.wait(0.001)
ts = [threading.Thread(target=rw) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
if cnt[0] != 150 or rc._lock._is_owned():
    bad.append(("rlock", cnt[0]))
print("bad:", bad)
