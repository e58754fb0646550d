# A worker computes for argv[2] seconds while the main thread blocks in the wait named by argv[1] (run by
# AutoModeBlockedWaitTest): a lock held by the worker, an event, a queue, a condition, a pipe read, a sleep. Prints
# the transactions committed meanwhile (a blocked thread does not count as running, so none) and the result.
import os, queue, sys, threading, time, transaction

kind, seconds = sys.argv[1], float(sys.argv[2])
lock = threading.Lock()
ev = threading.Event()
q = queue.Queue()
cond = threading.Condition()
box = []
r, w = os.pipe()


def work():
    end = time.monotonic() + seconds
    s = n = 0
    while time.monotonic() < end:
        for i in range(1000):
            s = (s + i) & 1023
        n += 1
    return n > 0


def worker():
    ok = work()
    if kind == "lock":
        box.append(ok)
        lock.release()
    elif kind == "event":
        box.append(ok)
        ev.set()
    elif kind == "queue":
        q.put(ok)
    elif kind == "condition":
        with cond:
            box.append(ok)
            cond.notify()
    elif kind == "pipe":
        os.write(w, b"1" if ok else b"0")
    else:
        box.append(ok)


lock.acquire()
t = threading.Thread(target=worker)
c0 = transaction.stats()["commits"]
t.start()
if kind == "lock":
    lock.acquire()
    done = box == [True]
elif kind == "event":
    ev.wait()
    done = box == [True]
elif kind == "queue":
    done = q.get() is True
elif kind == "condition":
    with cond:
        cond.wait_for(lambda: box)
    done = box == [True]
elif kind == "pipe":
    done = os.read(r, 1) == b"1"
else:
    time.sleep(seconds + 0.3)
    done = box == [True]
c1 = transaction.stats()["commits"]
t.join()
print("commits", c1 - c0)
print("worker done:", done)
