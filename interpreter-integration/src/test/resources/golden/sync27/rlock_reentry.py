# threading.RLock: re-entry across recursion and methods, release by a non-owner, over-release,
# a Condition built on an RLock, acquire timeouts while another thread owns it.
import threading

rl = threading.RLock()
calls = []


def rec(n):
    with rl:
        calls.append(n)
        if n:
            rec(n - 1)


rec(50)
print("recursion depth ok:", len(calls), calls[-1])


class Account:
    def __init__(self):
        self._lock = threading.RLock()
        self.balance = 0

    def deposit(self, n):
        with self._lock:
            self.balance += n

    def deposit_twice(self, n):
        with self._lock:
            self.deposit(n)
            self.deposit(n)


acc = Account()
ts = [threading.Thread(target=lambda: [acc.deposit_twice(1) for _ in range(500)]) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("balance:", acc.balance)

try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

rl.acquire()
rl.acquire()
res = []
t = threading.Thread(target=lambda: res.append((rl.acquire(timeout=0.01), rl.acquire(False))))
t.start()
t.join()
print("other thread while owned:", res)


def foreign_release():
    try:
        rl.release()
    except RuntimeError as e:
        res.append("RuntimeError: %s" % e)


t = threading.Thread(target=foreign_release)
t.start()
t.join()
print(res[-1])
rl.release()
rl.release()
t = threading.Thread(target=lambda: res.append(rl.acquire(False) and (rl.release() or "got it")))
t.start()
t.join()
print("after full release:", res[-1])

c = threading.Condition(threading.RLock())
box = []


def prod():
    with c:
        with c:
            box.append(1)
            c.notify()


with c:
    th = threading.Thread(target=prod)
    th.start()
    with c:
        print("nested wait_for:", c.wait_for(lambda: box, timeout=10))
th.join()
