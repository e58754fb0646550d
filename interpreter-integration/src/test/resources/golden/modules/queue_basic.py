import queue
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.get(), q.get_nowait())
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for v in [5, 1, 3]: pq.put(v)
print([pq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty")
b = queue.Queue(maxsize=1)
b.put(1)
try:
    b.put_nowait(2)
except queue.Full:
    print("Full")
