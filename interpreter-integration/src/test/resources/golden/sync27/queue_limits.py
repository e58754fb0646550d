# queue.Queue edge cases under threads: get(timeout) raising Empty, put_nowait raising Full, blocking put
# released by a consumer, join waiting on task_done from other threads, too many task_done.
import threading, queue

q = queue.Queue(maxsize=2)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get_nowait()
except queue.Empty:
    print("Empty nowait")
q.put(1)
q.put(2)
print("full:", q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full nowait")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")

order = []
# the main thread records its get before the woken putter records its return: both run at once after the get
# (under STM truly in parallel), so the order is fixed by an event, not left to the scheduler
got_recorded = threading.Event()


def blocked_put():
    q.put(3)
    got_recorded.wait()
    order.append("put returned")


t = threading.Thread(target=blocked_put)
t.start()
order.append("got %d" % q.get())
got_recorded.set()
t.join()
print(order, [q.get(), q.get()], q.empty())

jq = queue.Queue()
for i in range(20):
    jq.put(i)
processed = []
plock = threading.Lock()


def worker():
    while True:
        try:
            item = jq.get_nowait()
        except queue.Empty:
            return
        with plock:
            processed.append(item)
        jq.task_done()


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
jq.join()
for w in ws:
    w.join()
print("processed:", sorted(processed) == list(range(20)), jq.unfinished_tasks)
try:
    jq.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    queue.Queue(1).put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
q0 = queue.Queue(maxsize=0)
for i in range(1000):
    q0.put_nowait(i)
print("unbounded:", q0.qsize(), q0.full())
