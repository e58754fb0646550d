import threading
counter = 0
lock = threading.Lock()
def inc(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc, args=(5000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
