# A hand-written bounded buffer on one Lock and two Conditions (not_full / not_empty), several producers and
# consumers, shutdown by a closed flag and notify_all; checks that every item arrives once.
import threading
from collections import deque


class Buffer:
    def __init__(self, cap):
        self.cap = cap
        self.items = deque()
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.closed = False
        self.peak = 0

    def put(self, x):
        with self.not_full:
            while len(self.items) >= self.cap:
                self.not_full.wait()
            self.items.append(x)
            self.peak = max(self.peak, len(self.items))
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items and not self.closed:
                self.not_empty.wait()
            if not self.items:
                return None
            x = self.items.popleft()
            self.not_full.notify()
            return x

    def close(self):
        with self.lock:
            self.closed = True
            self.not_empty.notify_all()


buf = Buffer(4)
got = [[] for _ in range(3)]


def producer(k):
    for i in range(150):
        buf.put(k * 1000 + i)


def consumer(k):
    while True:
        x = buf.get()
        if x is None:
            return
        got[k].append(x)


cs = [threading.Thread(target=consumer, args=(k,)) for k in range(3)]
ps = [threading.Thread(target=producer, args=(k,)) for k in range(3)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
buf.close()
for t in cs:
    t.join()
allv = sorted(x for g in got for x in g)
print("count:", len(allv), "exact:", allv == sorted(k * 1000 + i for k in range(3) for i in range(150)))
print("peak within cap:", buf.peak <= 4, "left:", len(buf.items))
print("per-producer order kept per consumer:",
      all([x for x in g if x // 1000 == k] == sorted(x for x in g if x // 1000 == k) for g in got for k in range(3)))
