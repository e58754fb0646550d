"""A small bank: accounts updated by worker threads inside `with atomic:` blocks, transfers that fail
half-way raise and keep nothing, a ledger checked after every thread joined."""
import threading
from dataclasses import dataclass, field

try:
    atomic
except NameError:
    atomic = threading.RLock()


class InsufficientFunds(Exception):
    def __init__(self, account, wanted):
        super().__init__(f"{account.name}: wanted {wanted}, has {account.balance}")
        self.account = account
        self.wanted = wanted


@dataclass
class Account:
    name: str
    balance: int = 0
    history: list = field(default_factory=list)

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)


accounts = {n: Account(n, 1000) for n in ("alice", "bob", "carol", "dave")}
names = sorted(accounts)
failures = {}
done = []


def transfer(src, dst, amount):
    with atomic:
        a, b = accounts[src], accounts[dst]
        if amount > a.balance:
            raise InsufficientFunds(a, amount)
        a.withdraw(amount)
        b.deposit(amount)


def teller(tid):
    fails = 0
    for i in range(200):
        src = names[(tid + i) % 4]
        dst = names[(tid + 2 * i + 1) % 4]
        if src == dst:
            continue
        amount = (i * 37 + tid * 11) % 300 + 1
        try:
            transfer(src, dst, amount)
        except InsufficientFunds as e:
            fails += 1
            assert e.wanted == amount
    with atomic:
        failures[tid] = fails
        done.append(tid)


threads = [threading.Thread(target=teller, args=(t,), name=f"teller-{t}") for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = sum(a.balance for a in accounts.values())
print("total", total)
print("done", sorted(done))
print("histories consistent:", all(1000 + sum(a.history) == a.balance for a in accounts.values()))
moves = sum(len(a.history) for a in accounts.values())
print("moves even:", moves % 2 == 0)
print("all non-negative:", all(a.balance >= 0 for a in accounts.values()))
print("failure keys:", sorted(failures))

# single-threaded replay gives a known result
for a in accounts.values():
    a.balance, a.history = 100, []
try:
    transfer("alice", "bob", 150)
except InsufficientFunds as e:
    print("refused:", e)
transfer("alice", "bob", 60)
print({n: accounts[n].balance for n in names})
print(repr(accounts["alice"]))
