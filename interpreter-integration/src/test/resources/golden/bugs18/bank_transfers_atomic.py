"""Bank accounts moved between by worker threads: `with atomic:` (a lock under CPython) keeps the total."""
import threading
from dataclasses import dataclass, field

try:
    atomic
except NameError:
    atomic = threading.RLock()


@dataclass
class Account:
    name: str
    balance: int = 0
    history: list = field(default_factory=list)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)


accounts = [Account('acct%02d' % i, 1000) for i in range(8)]
failed = []


def worker(seed):
    x = seed
    for _ in range(400):
        x = (x * 1103515245 + 12345) % (2 ** 31)
        src = accounts[x % 8]
        dst = accounts[(x // 8) % 8]
        amount = x % 50 + 1
        with atomic:
            if src is dst:
                continue
            if src.balance < amount:
                failed.append(amount)
                continue
            src.deposit(-amount)
            dst.deposit(amount)


threads = [threading.Thread(target=worker, args=(s,)) for s in (1, 7, 42, 1234)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(a.balance for a in accounts)
moves = sum(len(a.history) for a in accounts)
print('total', total)
print('moves even', moves % 2 == 0)
print('history consistent', all(a.balance == 1000 + sum(a.history) for a in accounts))
print('all non-negative', all(a.balance >= 0 for a in accounts))
print(Account('x', 5))
