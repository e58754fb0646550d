"""A bank of accounts shared by threads with ordinary locks (no atomic blocks): per-account locks taken in
a global order to avoid deadlock, a Condition-based bounded transfer queue, Semaphore-limited auditors,
Barrier phases, and an RLock-protected ledger; totals printed are the same under any interleaving."""
import threading
import random


class Account:
    def __init__(self, ident, balance):
        self.id = ident
        self.balance = balance
        self.lock = threading.Lock()


class Ledger:
    def __init__(self):
        self.lock = threading.RLock()
        self.entries = []

    def record(self, *entry):
        with self.lock:
            self._append(entry)

    def _append(self, entry):
        with self.lock:
            self.entries.append(entry)


accounts = [Account(i, 1000) for i in range(8)]
ledger = Ledger()
failed = []
failed_lock = threading.Lock()


def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda a: a.id)
    with first.lock, second.lock:
        if src.balance < amount:
            with failed_lock:
                failed.append(amount)
            return False
        src.balance -= amount
        dst.balance += amount
    ledger.record(src.id, dst.id, amount)
    return True


class TransferQueue:
    def __init__(self, cap):
        self.items = []
        self.cap = cap
        self.cond = threading.Condition()
        self.closed = False

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.cap)
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items or self.closed)
            if not self.items:
                return None
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()


q = TransferQueue(4)
done_counts = [0] * 3


def teller(k):
    while (job := q.get()) is not None:
        s, d, amt = job
        if transfer(accounts[s], accounts[d], amt):
            done_counts[k] += 1


rng = random.Random(7)
jobs = []
for _ in range(300):
    s, d = rng.sample(range(8), 2)
    jobs.append((s, d, rng.randint(1, 400)))
workers = [threading.Thread(target=teller, args=(k,), name=f"teller-{k}") for k in range(3)]
for w in workers:
    w.start()
for j in jobs:
    q.put(j)
q.close()
for w in workers:
    w.join()
total = sum(a.balance for a in accounts)
print("total", total, "ok+failed", sum(done_counts) + len(failed), "ledger", len(ledger.entries) == sum(done_counts))
print("no negative", all(a.balance >= 0 for a in accounts), "alive", [w.is_alive() for w in workers])

sem = threading.Semaphore(2)
active = [0]
peak = [0]
peak_lock = threading.Lock()
barrier = threading.Barrier(4)
phase_totals = []


def auditor(i):
    for phase in range(3):
        with sem:
            with peak_lock:
                active[0] += 1
                peak[0] = max(peak[0], active[0])
            snapshot = 0
            for a in accounts:
                with a.lock:
                    snapshot += a.balance
            with peak_lock:
                active[0] -= 1
        idx = barrier.wait()
        if idx == 0:
            phase_totals.append((phase, snapshot))


ths = [threading.Thread(target=auditor, args=(i,)) for i in range(4)]
for t in ths:
    t.start()
for t in ths:
    t.join()
print(sorted(phase_totals), "peak <= 2:", peak[0] <= 2, barrier.broken, barrier.n_waiting)
ev = threading.Event()
results = []
res_lock = threading.Lock()


def waiter(n):
    ok = ev.wait(timeout=5)
    with res_lock:
        results.append((n, ok))


ws = [threading.Thread(target=waiter, args=(n,)) for n in range(3)]
for w in ws:
    w.start()
ev.set()
for w in ws:
    w.join()
print(sorted(results), ev.is_set(), threading.Event().wait(0.01))
lk = threading.Lock()
print(lk.acquire(), lk.acquire(blocking=False), lk.locked())
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()
r.acquire(); r.acquire(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
print(threading.active_count(), threading.current_thread().name, threading.main_thread() is threading.current_thread())
