# producer/consumer threads over collections.deque (append/popleft are atomic) and queue.Queue
import queue
import threading
import time
from collections import deque

N = 5000
PRODUCERS = 3

# deque as a lock-free queue: 3 producers append, 2 consumers popleft until all items are taken
d = deque()
taken = []
lock = threading.Lock()
remaining = [N * PRODUCERS]

def produce(base):
    for i in range(N):
        d.append(base + i)

def consume():
    got = []
    while True:
        with lock:
            if remaining[0] == 0:
                break
        try:
            x = d.popleft()
        except IndexError:
            time.sleep(0)
            continue
        got.append(x)
        with lock:
            remaining[0] -= 1
    with lock:
        taken.extend(got)

ts = [threading.Thread(target=produce, args=(k * N,)) for k in range(PRODUCERS)]
ts += [threading.Thread(target=consume) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(taken), sum(taken) == sum(range(N * PRODUCERS)), sorted(taken) == list(range(N * PRODUCERS)), len(d))

# both ends at once: appendleft/pop from one thread, append/popleft from another; nothing lost or duplicated
d = deque(range(1000))
out = [[], []]

def left_right(k):
    for i in range(5000):
        if k == 0:
            d.appendleft(('a', i))
            out[0].append(d.pop())
        else:
            d.append(('b', i))
            out[1].append(d.popleft())

ts = [threading.Thread(target=left_right, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
everything = out[0] + out[1] + list(d)
print(len(everything), len(set(map(repr, everything))))

# a bounded deque as a sliding window shared by two threads
w = deque(maxlen=50)

def fill(base):
    for i in range(3000):
        w.append(base + i)

ts = [threading.Thread(target=fill, args=(k * 10000,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(w), w.maxlen)

# queue.Queue (built on deque): workers sum what a producer puts, with task_done/join
q = queue.Queue(maxsize=100)
sums = []

def worker():
    s = 0
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        s += x
        q.task_done()
    with lock:
        sums.append(s)

ws = [threading.Thread(target=worker) for _ in range(3)]
for t in ws:
    t.start()
for i in range(10000):
    q.put(i)
q.join()
for _ in ws:
    q.put(None)
for t in ws:
    t.join()
print(len(sums), sum(sums), q.empty(), q.qsize())

# LifoQueue and PriorityQueue sit on lists; a SimpleQueue round trip
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for i in (3, 1, 2):
    lq.put(i)
    pq.put(i)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put('x')
print(sq.get(), sq.empty())
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
