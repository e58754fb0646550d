# Semaphore limits concurrency; BoundedSemaphore over-release raises ValueError; acquire timeouts; bad values.
import threading

sem = threading.Semaphore(2)
lock = threading.Lock()
inside = [0]
peak = [0]
done = []


def job(i):
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        for _ in range(2000):
            pass
        with lock:
            inside[0] -= 1
            done.append(i)


ts = [threading.Thread(target=job, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 2:", peak[0] <= 2, "done:", sorted(done), "inside:", inside[0])

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print("acquire non-blocking:", bs.acquire(False), bs.acquire(False), bs.acquire(False))
print("acquire timeout:", bs.acquire(timeout=0.01))
bs.release(2)
try:
    bs.release(1)
except ValueError as e:
    print("ValueError again:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
s.release(3)
got = [s.acquire(blocking=False) for _ in range(4)]
print("released 3, got:", got)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

# a semaphore as a resource pool
pool = ["c0", "c1", "c2"]
ps = threading.BoundedSemaphore(len(pool))
pl = threading.Lock()
used = []


def client(i):
    ps.acquire()
    with pl:
        conn = pool.pop()
    used.append((i, conn in ("c0", "c1", "c2")))
    with pl:
        pool.append(conn)
    ps.release()


cs = [threading.Thread(target=client, args=(i,)) for i in range(10)]
for t in cs:
    t.start()
for t in cs:
    t.join()
print("clients:", sorted(used) == [(i, True) for i in range(10)], "pool back:", sorted(pool))
