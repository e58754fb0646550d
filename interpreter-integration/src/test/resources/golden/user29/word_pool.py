"""Word counting with a thread pool, a producer/consumer queue, Barrier, Condition and locks."""
import queue
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION

TEXT = """the quick brown fox jumps over the lazy dog
a journey of a thousand miles begins with a single step
to be or not to be that is the question
all that glitters is not gold
the early bird catches the worm""".splitlines()


def count_words(line_no, line):
    if not line:
        raise ValueError(f"empty line {line_no}")
    return line_no, Counter(line.split())


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="wc") as pool:
    futures = {pool.submit(count_words, i, l): i for i, l in enumerate(TEXT + [""])}
    total = Counter()
    errors = []
    for fut in as_completed(futures):
        try:
            _, c = fut.result()
            total += c
        except ValueError as e:
            errors.append(str(e))
print(sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:5], errors)
with ThreadPoolExecutor(2) as pool:
    print(list(pool.map(len, TEXT)), list(pool.map(pow, [2, 3], [5, 2])))
    fs = [pool.submit(count_words, 0, ""), pool.submit(sum, [1, 2])]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(sorted(type(f.exception()).__name__ for f in done if f.exception()), fs[1].result())

q = queue.Queue(maxsize=2)
results = {}
lock = threading.Lock()
SENTINEL = object()


def producer():
    for i, line in enumerate(TEXT):
        q.put((i, line))
    for _ in range(2):
        q.put(SENTINEL)


def consumer(name):
    while (item := q.get()) is not SENTINEL:
        i, line = item
        with lock:
            results[i] = (len(line.split()), max(line.split(), key=len))
        q.task_done()
    q.task_done()


threads = [threading.Thread(target=producer)] + [threading.Thread(target=consumer, args=(f"c{n}",)) for n in range(2)]
for t in threads:
    t.start()
q.join()
for t in threads:
    t.join()
print([results[i] for i in sorted(results)])

barrier = threading.Barrier(3)
order = []
cond = threading.Condition()
ready = []


def phased(n):
    with cond:
        order.append(("start", n))
    idx = barrier.wait()
    with cond:
        ready.append(n)
        cond.notify_all()


ts = [threading.Thread(target=phased, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: len(ready) == 3, timeout=10)
for t in ts:
    t.join()
print(sorted(order), sorted(ready), barrier.broken, barrier.parties)

sem = threading.BoundedSemaphore(2)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("semaphore:", e)
local = threading.local()
seen = []


def use_local(v):
    local.value = v
    seen.append(getattr(local, "value"))


t = threading.Thread(target=use_local, args=(42,), name="worker-42", daemon=True)
t.start()
t.join()
print(seen, hasattr(local, "value"), t.name, t.daemon, t.is_alive(), threading.current_thread().name)
ev = threading.Event()
timer = threading.Timer(0.01, ev.set)
timer.start()
print("event:", ev.wait(5))
timer.join()
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
try:
    threading.Lock().release()
except RuntimeError as e:
    print(e)
print(q.qsize(), q.empty(), queue.LifoQueue().empty(), threading.active_count())
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(3)])
try:
    pq.get_nowait()
except queue.Empty:
    print("empty queue")
