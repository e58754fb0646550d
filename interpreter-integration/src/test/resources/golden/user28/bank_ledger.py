"""A small bank model with properties, dunder methods and an uncaught error."""
from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account
        self.amount = amount


@total_ordering
class Account:
    _next_id = 1000
    rate = Decimal("0.0125")

    def __init__(self, owner, balance="0"):
        self.owner = owner
        self._balance = Decimal(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = Decimal(value).quantize(Decimal("0.01"), ROUND_HALF_EVEN)

    def deposit(self, amount):
        amount = Decimal(amount)
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def add_interest(self):
        self.balance = self.balance * (1 + self.rate)

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance})"

    def __str__(self):
        return f"#{self.id} {self.owner:<8} {self.balance:>10,.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    def __hash__(self):
        return hash(self.id)

    def __bool__(self):
        return self.balance > 0

    def __iadd__(self, amount):
        return self.deposit(amount)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, owner, balance="0"):
        acc = Account(owner, balance)
        self.accounts[acc.id] = acc
        return acc

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)

    def __iter__(self):
        return iter(sorted(self.accounts.values(), reverse=True))

    def __len__(self):
        return len(self.accounts)

    def total(self):
        return sum((a.balance for a in self.accounts.values()), Decimal(0))


bank = Bank("Northwind")
alice = bank.open("alice", "1500.50")
bob = bank.open("bob", "320")
carol = bank.open("carol")
bank.transfer(alice.id, bob.id, "200.25")
carol += "75.129"
for acc in bank:
    acc.add_interest()
print(len(bank), "accounts, total", bank.total())
for acc in bank:
    print(acc, bool(acc))
print(sorted(bank.accounts.values()))
print(max(alice, bob, carol).owner, min(alice, bob, carol).owner, alice >= bob)
print(alice.history, carol.history)
try:
    carol.balance = -1
except ValueError as e:
    print("error:", e)
try:
    bank.transfer(bob.id, carol.id, "10000")
except InsufficientFunds as e:
    print(type(e).__name__, e, e.amount)
print(f"{bank.total():.3e} {bank.total():,} {float(bank.total())!r}")
bank.transfer(carol.id, 1007, "1")
