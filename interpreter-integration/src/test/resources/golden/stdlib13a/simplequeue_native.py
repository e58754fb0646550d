# _queue.SimpleQueue (Java) under queue.py, and queue.Queue over CPython's threading.
import queue, _queue, threading

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty, issubclass(_queue.Empty, Exception))
q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for i in range(20):
    q.put(i) if i % 2 else q.put_nowait(i)
print(q.qsize(), [q.get() for _ in range(10)], q.get_nowait(), q.get(False), q.qsize())
while not q.empty():
    q.get()
for call in (lambda: q.get_nowait(), lambda: q.get(timeout=0.01), lambda: q.get(block=False)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    queue.SimpleQueue(1)
except TypeError as e:
    print("TypeError", e)

N = 200
results = []


def consume():
    while True:
        v = q.get()
        if v is None:
            return
        results.append(v)


cs = [threading.Thread(target=consume) for _ in range(3)]
for c in cs:
    c.start()
for i in range(N):
    q.put(i)
for c in cs:
    q.put(None)
for c in cs:
    c.join()
print(len(results), sorted(results) == list(range(N)))

jq = queue.Queue(maxsize=5)
done = []


def work():
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            return
        done.append(item * 2)
        jq.task_done()


w = threading.Thread(target=work)
w.start()
for i in range(30):
    jq.put(i)
jq.put(None)
jq.join()
w.join()
print(sum(done), jq.empty(), jq.full(), jq.qsize())
pq = queue.PriorityQueue()
for v in (5, 1, 4, 2, 3):
    pq.put(v)
print([pq.get() for _ in range(5)])
lq = queue.LifoQueue()
for v in range(4):
    lq.put(v)
print([lq.get() for _ in range(4)])
try:
    queue.Queue(1).put(1) or queue.Queue(1).get_nowait()
except queue.Empty:
    print("Empty from Queue")
