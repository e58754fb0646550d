"""A bounded queue between producers and consumers (threading + queue)."""
import queue
import threading

q = queue.Queue(maxsize=8)
results = []
lock = threading.Lock()


def producer(start):
    for i in range(start, start + 500):
        q.put(i)


def consumer():
    while (item := q.get()) is not None:
        with lock:
            results.append(item * item)


producers = [threading.Thread(target=producer, args=(k * 500,)) for k in range(2)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(results), sum(results))
