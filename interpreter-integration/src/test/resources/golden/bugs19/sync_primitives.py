"""Lock/RLock/Condition/Semaphore/BoundedSemaphore/Event/Barrier/Timer used as users do."""
import threading
import time

# RLock reentrancy and ownership
r = threading.RLock()
with r:
    with r:
        print('rlock nested ok')
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

lk = threading.Lock()
print('acquire', lk.acquire(), 'again nonblocking', lk.acquire(blocking=False), 'locked', lk.locked())
print('timed', lk.acquire(timeout=0.01))
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print('RuntimeError', e)


# bounded buffer with Condition
class Buffer:
    def __init__(self, cap):
        self.cap = cap
        self.items = []
        self.cond = threading.Condition()

    def put(self, x):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.cap)
            self.items.append(x)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.cond.notify_all()
            return x


buf = Buffer(3)
out = []


def prod():
    for i in range(100):
        buf.put(i)
    buf.put(None)


def cons():
    while (x := buf.get()) is not None:
        out.append(x)


ts = [threading.Thread(target=prod), threading.Thread(target=cons)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('buffer', out == list(range(100)))

# Semaphore limits concurrency
sem = threading.Semaphore(2)
active = 0
peak = 0
alock = threading.Lock()


def limited(i):
    global active, peak
    with sem:
        with alock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.002)
        with alock:
            active -= 1


ws = [threading.Thread(target=limited, args=(i,)) for i in range(8)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print('peak <= 2', peak <= 2, 'active', active)

bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError', e)
print('sem nonblocking', sem.acquire(blocking=False), sem.acquire(False), sem.acquire(False))
sem.release(2)
print('sem after release(2)', sem.acquire(False), sem.acquire(False), sem.acquire(False))

# Event: wait with timeout, set by another thread
ev = threading.Event()
print('wait times out', ev.wait(0.01))
t = threading.Thread(target=ev.set)
t.start()
print('wait sees set', ev.wait(30), ev.is_set())
t.join()
ev.clear()
print('cleared', ev.is_set())

# Barrier with action, n_waiting, abort
order = []
bar = threading.Barrier(3, action=lambda: order.append('action'))
idx = []


def at_barrier(i):
    k = bar.wait()
    with alock:
        idx.append(k)


ws = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print('barrier', order, sorted(idx), bar.n_waiting, bar.broken)
b2 = threading.Barrier(2)
res = []


def waiter():
    try:
        b2.wait()
        res.append('passed')
    except threading.BrokenBarrierError:
        res.append('broken')


w = threading.Thread(target=waiter)
w.start()
while b2.n_waiting < 1:
    time.sleep(0.001)
b2.abort()
w.join()
print('abort', res, b2.broken)
b2.reset()
print('reset', b2.broken)
try:
    threading.Barrier(2, timeout=0.01).wait()
except threading.BrokenBarrierError:
    print('barrier timeout -> broken')

# Timer fires once; a cancelled Timer never does
fired = []
tm = threading.Timer(0.01, fired.append, args=('t1',))
tm2 = threading.Timer(30, fired.append, args=('t2',))
tm.start()
tm2.start()
tm2.cancel()
tm.join()
tm2.join()
print('timers', fired, tm.is_alive(), tm2.is_alive())

# Condition notify(n)
cond = threading.Condition(threading.Lock())
woken = []
ready = [0]


def sleeper(i):
    with cond:
        ready[0] += 1
        cond.wait(30)
        woken.append(i)


ws = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
while True:
    with cond:
        if ready[0] == 4:
            cond.notify(2)
            break
    time.sleep(0.001)
while len(woken) < 2:
    time.sleep(0.001)
time.sleep(0.02)
print('notify(2) woke', len(woken))
with cond:
    cond.notify_all()
for w in ws:
    w.join()
print('all woke', sorted(woken))
c3 = threading.Condition()
with c3:
    print('wait_for false', c3.wait_for(lambda: False, timeout=0.01))
