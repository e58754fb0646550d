import threading, time
sem = threading.Semaphore(2)
lock = threading.Lock()
active = [0]
peak = [0]
done = []
def job(i):
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1
        done.append(i)
ts = [threading.Thread(target=job, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak[0] <= 2, "done:", sorted(done), "active:", active[0])
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
