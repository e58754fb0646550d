# A thread's values in threading.local objects are freed when the thread ends (CPython drops them with the
# thread state): weak references to them die, the other threads' values and the main thread's stay.
import gc
import threading
import weakref


class Value:
    def __init__(self, k):
        self.k = k


class Counter(threading.local):
    def __init__(self, start):
        self.n = start


plain = threading.local()
counter = Counter(10)
plain.v = Value("main")
refs = {}
lock = threading.Lock()
gate = threading.Event()


def work(k, wait):
    plain.v = Value(k)
    counter.n += k
    with lock:
        refs[k] = (weakref.ref(plain.v), counter.n)
    if wait:
        gate.wait()


ended = [threading.Thread(target=work, args=(k, False)) for k in range(4)]
running = threading.Thread(target=work, args=(99, True))
running.start()
for t in ended:
    t.start()
for t in ended:
    t.join()
gc.collect()
print("ended threads' values freed:", [refs[k][0]() is None for k in range(4)])
print("per-thread counters:", [refs[k][1] for k in range(4)], refs[99][1])
print("running thread's value kept:", refs[99][0]() is not None and refs[99][0]().k)
gate.set()
running.join()
gc.collect()
print("after it ended:", refs[99][0]() is None)
print("main's values:", plain.v.k, counter.n)
