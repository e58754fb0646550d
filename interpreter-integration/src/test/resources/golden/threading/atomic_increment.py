# counter += 1 and a two-field invariant under `with atomic:` from four threads: nothing lost, and no thread ever
# sees the invariant broken (under CPython, an RLock stands in for `atomic`).
try:
    atomic
except NameError:
    import threading
    atomic = threading.RLock()
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance


a, b = Account(1000), Account(1000)
counter = 0
broken = 0


def work(k):
    global counter, broken
    for i in range(800):
        with atomic:
            counter += 1
            if (i + k) % 2:
                a.balance -= 1
                b.balance += 1
            else:
                b.balance -= 1
                a.balance += 1
        with atomic:
            if a.balance + b.balance != 2000:
                broken += 1


ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, a.balance + b.balance, broken)
