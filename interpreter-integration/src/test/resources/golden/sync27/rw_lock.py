# A readers-writer lock built on a Condition: readers share, writers exclude everyone; the invariant checked by
# readers (two fields always equal) never breaks, and writer counts add up.
import threading


class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writing = False

    def acquire_read(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writing)
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writing and self.readers == 0)
            self.writing = True

    def release_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()


rw = RWLock()
data = {"a": 0, "b": 0}
broken = []
reads = [0] * 3


def reader(k):
    for _ in range(300):
        rw.acquire_read()
        try:
            if data["a"] != data["b"]:
                broken.append((data["a"], data["b"]))
            reads[k] += 1
        finally:
            rw.release_read()


def writer():
    for _ in range(200):
        rw.acquire_write()
        try:
            data["a"] += 1
            x = 0
            for i in range(20):
                x += i
            data["b"] += 1
        finally:
            rw.release_write()


ts = [threading.Thread(target=reader, args=(k,)) for k in range(3)] + [threading.Thread(target=writer)
                                                                     for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("data:", data, "broken:", broken, "reads:", reads)
print("state:", rw.readers, rw.writing)
