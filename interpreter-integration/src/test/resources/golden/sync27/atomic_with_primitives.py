# Non-waiting uses of threading/queue primitives inside `with atomic:` (a put on an unbounded queue, get_nowait,
# an uncontended Lock, Event.set, Condition.notify with nobody waiting), and a lock taken around an atomic block.
try:
    atomic
except NameError:
    import threading
    atomic = threading.RLock()
import threading, queue

q = queue.Queue()
ev = threading.Event()
lk = threading.Lock()
cond = threading.Condition()
log = []
with atomic:
    q.put(1)
    q.put(2)
    log.append(q.get_nowait())
    with lk:
        log.append("locked")
    ev.set()
    with cond:
        cond.notify_all()
print(log, q.qsize(), ev.is_set(), lk.locked())
with atomic:
    try:
        q.get_nowait()
        q.get_nowait()
    except queue.Empty:
        log.append("empty")
print(log)

# workers: each atomic block moves an item between two queues and counts it
src, dst = queue.Queue(), queue.Queue()
for i in range(200):
    src.put(i)
moved = [0] * 4
guard = threading.Lock()


def mover(k):
    while True:
        with atomic:
            try:
                x = src.get_nowait()
            except queue.Empty:
                return
            dst.put(x * 2)
            moved[k] += 1


ts = [threading.Thread(target=mover, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = []
while not dst.empty():
    out.append(dst.get_nowait())
print("moved:", sum(moved), sorted(out) == [2 * i for i in range(200)])

total = [0]


def locked_atomic(k):
    for i in range(200):
        with guard:
            with atomic:
                total[0] += 1


ts = [threading.Thread(target=locked_atomic, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total:", total[0], guard.locked())
