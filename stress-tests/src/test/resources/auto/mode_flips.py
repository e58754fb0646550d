# Auto mode switched back and forth many times (run by AutoModeFlipStressTest): rounds of short threads that
# compute for different lengths (so that some end while the others run transactionally and the last one goes
# back to the GIL alone), take a shared lock, wait on an event and a queue, sleep, and are joined; the main thread
# computes between its waits. A tiny switch interval makes a GIL waiter ask the holder to drop the GIL at almost
# every boundary. Prints one checksum per kind of work, which the test compares with the sequential value.
import queue
import sys
import threading
import time

sys.setswitchinterval(1e-6)
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20


def work(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def worker(k, n, lock, box, ev, q):
    s = work(n)
    with lock:
        box[0] += s
    if k % 3 == 0:
        ev.wait(5)
    if k % 3 == 1:
        q.put(k)
    if k % 3 == 2:
        time.sleep(0.001)
    s = work(n // 2)
    with lock:
        box[1] += s


def poller(flag):
    # wakes every 0.1 ms and retakes the GIL: a GIL waiter that asks the holder to drop it
    n = 0
    while not flag:
        time.sleep(0.0001)
        n += 1


def pair(r):
    # a short and a long thread, the main thread blocked in join(): the short one ends while both run
    # transactionally, the long one then runs alone and goes back to the GIL
    out = [0, 0]

    def run(k, n):
        out[k] = work(n)
    a = threading.Thread(target=run, args=(0, 200 + 100 * (r % 3)))
    b = threading.Thread(target=run, args=(1, 3000))
    b.start()
    a.start()
    a.join()
    b.join()
    return out[0] + out[1], work(200 + 100 * (r % 3)) + work(3000)


total = 0
expect = 0
flag = []
pt = threading.Thread(target=poller, args=(flag,))
pt.start()
for r in range(ROUNDS):
    got, want = pair(r)
    total += got
    expect += want
    lock = threading.Lock()
    box = [0, 0]
    ev = threading.Event()
    q = queue.Queue()
    sizes = [300 + 700 * ((r + k) % 4) for k in range(4)]
    ts = [threading.Thread(target=worker, args=(k, sizes[k], lock, box, ev, q)) for k in range(4)]
    for t in ts:
        t.start()
    mine = work(1500)
    ev.set()
    got = sorted(q.get(timeout=5) for k in range(4) if k % 3 == 1)
    for t in ts[::-1]:
        t.join()
    total += box[0] + box[1] + mine + sum(got)
    expect += sum(work(n) + work(n // 2) for n in sizes) + work(1500) + sum(k for k in range(4) if k % 3 == 1)
flag.append(1)
pt.join()
print("rounds", ROUNDS)
print("same", total == expect)
