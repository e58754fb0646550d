"""Downloads simulated by a thread pool and a producer/consumer queue, printed in order."""
import queue
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
import hashlib


def fetch(url):
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    digest = hashlib.sha256(url.encode()).hexdigest()
    return url, len(url) * 100, digest[:12]


URLS = [f"https://example.org/page/{i}" for i in range(8)] + ["https://bad.example/x"]

with ThreadPoolExecutor(max_workers=4, thread_name_prefix="dl") as pool:
    futures = {pool.submit(fetch, u): u for u in URLS}
    results, errors = {}, {}
    for fut in as_completed(futures):
        url = futures[fut]
        try:
            results[url] = fut.result()
        except ConnectionError as e:
            errors[url] = repr(e)
for url in URLS:
    if url in results:
        _, size, digest = results[url]
        print(f"{url:<32} {size:>5} {digest}")
print(errors)

with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(lambda x: x * x, range(10))))
    squares = pool.map(pow, [2, 3, 4], [10, 5, 3])
    print(list(squares))
    done, pending = wait([pool.submit(fetch, u) for u in URLS[-2:]], return_when=FIRST_EXCEPTION)
    print(len(done) + len(pending))

tasks = queue.Queue()
results = queue.PriorityQueue()
lock = threading.Lock()
counts = {}


def worker(wid):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        n, text = item
        words = len(text.split())
        with lock:
            counts[wid] = counts.get(wid, 0) + 1
        results.put((n, text.upper(), words))
        tasks.task_done()


threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
lines = ["to be or not to be", "that is the question", "whether tis nobler",
         "in the mind to suffer", "the slings and arrows", "of outrageous fortune"]
for n, line in enumerate(lines):
    tasks.put((n, line))
for _ in threads:
    tasks.put(None)
tasks.join()
for t in threads:
    t.join()
while not results.empty():
    n, text, words = results.get()
    print(f"{n}: {text} ({words})")
print("processed:", sum(counts.values()), "alive:", [t.is_alive() for t in threads])

barrier = threading.Barrier(3)
order = []
olock = threading.Lock()


def phase_worker(i):
    with olock:
        order.append(("a", i))
    barrier.wait()
    with olock:
        order.append(("b", i))


ts = [threading.Thread(target=phase_worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(x[0] == "a" for x in order[:3]), sorted(order))
ev = threading.Event()
box = []
t = threading.Thread(target=lambda: (ev.wait(), box.append("woke")))
t.start()
ev.set()
t.join()
print(box, ev.is_set(), threading.current_thread().name, threading.active_count())
local = threading.local()
local.x = "main"
seen = []
th = threading.Thread(target=lambda: seen.append(getattr(local, "x", "unset")))
th.start()
th.join()
print(seen, local.x)
sem = threading.BoundedSemaphore(2)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
