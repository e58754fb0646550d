# What multiprocessing offers inside one process: thread pools, queues, pipes and its locks, used by threads.
import multiprocessing
import multiprocessing.dummy
import threading
from multiprocessing.pool import ThreadPool


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def fails(x):
    if x == 3:
        raise ValueError("three is not allowed")
    return x * 10


with ThreadPool(3) as pool:
    print("map", pool.map(collatz, range(1, 16)))
    print("imap", list(pool.imap(collatz, [27, 97, 871])))
    print("unordered", sorted(pool.imap_unordered(collatz, range(20, 30))))
    print("starmap", pool.starmap(pow, [(2, 10), (3, 4), (7, 2)]))
    r = pool.apply_async(collatz, (6171,))
    print("apply_async", r.get(timeout=30), r.ready(), r.successful())
    r = pool.map_async(fails, range(5))
    try:
        r.get(timeout=30)
    except ValueError as e:
        print("map_async raised", type(e).__name__, e)
    done = []
    r = pool.map_async(collatz, [7, 9], callback=lambda v: done.append(v))
    r.wait(30)
    print("callback", done)

with multiprocessing.dummy.Pool(2) as dpool:
    print("dummy", dpool.map(len, ["a", "bb", "ccc"]))

q = multiprocessing.Queue()
for i in range(5):
    q.put({"item": i, "sq": i * i})
print("queue", [q.get(timeout=30)["sq"] for _ in range(5)])
q.close()
q.join_thread()

sq = multiprocessing.SimpleQueue()
sq.put(("hello", b"\x00\x01", 3.5))
print("simple queue", sq.get(), sq.empty())

r, w = multiprocessing.Pipe(duplex=False)
w.send([1, "two", (3,)])
print("pipe", r.recv())
w.send_bytes(b"raw bytes")
print("pipe bytes", r.poll(5), r.recv_bytes(), r.poll(0))
r.close()
w.close()

lock = multiprocessing.Lock()
rlock = multiprocessing.RLock()
sem = multiprocessing.BoundedSemaphore(2)
counter = [0]


def worker(n):
    for _ in range(n):
        with lock:
            counter[0] += 1
    with rlock:
        with rlock:
            pass
    with sem:
        pass


threads = [threading.Thread(target=worker, args=(200,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("lock counter", counter[0])
print("acquire without blocking", lock.acquire(False), lock.acquire(False))
lock.release()
print("semaphore", sem.acquire(timeout=1), sem.acquire(timeout=1), sem.acquire(timeout=0.05))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("bounded", e)
ev = multiprocessing.Event()
threading.Timer(0.05, ev.set).start()
print("event", ev.wait(30))
print("cpu_count is int", isinstance(multiprocessing.cpu_count(), int))
