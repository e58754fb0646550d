import threading, queue
q = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * item)
        q.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers: w.start()
for i in range(100):
    q.put(i)
q.join()
print(len(results), sum(results), sorted(results)[:5])
for _ in workers: q.put(None)
for w in workers: w.join()
print(q.empty(), q.qsize())
