# A worker thread computes while the main thread waits in one way (join, queue, lock, event, sleep), then the
# main thread computes alone. usage: wait_kinds.py KIND [N]. For auto mode: which waits keep the fast path
# (JAVA_OPTS=-Dstmj.autoStats=true bin/stmpy --auto ... counts switches to STM); see papers/results/auto-mode.md.
import sys, threading, queue, time
kind = sys.argv[1]
N = int(sys.argv[2]) if len(sys.argv) > 2 else 2000000

def work(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s

q = queue.Queue()
lock = threading.Lock()
ev = threading.Event()
res = []

def worker():
    res.append(work(N))
    if kind == "queue":
        q.put(1)
    elif kind == "lock":
        lock.release()
    elif kind == "event":
        ev.set()

if kind == "lock":
    lock.acquire()
t = threading.Thread(target=worker)
t.start()
if kind == "join":
    t.join()
elif kind == "queue":
    q.get()
elif kind == "lock":
    lock.acquire()
elif kind == "event":
    ev.wait()
elif kind == "sleep":
    while t.is_alive():
        time.sleep(0.05)
t.join()
# after the other thread ended: the main thread alone again, on the fast path
res.append(work(N // 4))
print(kind, res)
