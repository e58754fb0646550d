"""An event-sourced bank: frozen, ordered, slotted dataclasses, __post_init__ validation, replace(), field
defaults and factories, asdict/astuple, sorting events, and the errors frozen instances raise."""
from dataclasses import dataclass, field, replace, asdict, astuple, fields, FrozenInstanceError, InitVar
from decimal import Decimal
from typing import ClassVar


@dataclass(frozen=True, order=True, slots=True)
class Event:
    seq: int
    account: str = field(compare=False)
    kind: str = field(compare=False)
    amount: Decimal = field(compare=False, default=Decimal("0"))
    KINDS: ClassVar[tuple] = ("open", "deposit", "withdraw", "close")

    def __post_init__(self):
        if self.kind not in self.KINDS:
            raise ValueError(f"bad kind {self.kind!r}")
        if self.amount < 0:
            raise ValueError("negative amount")
        object.__setattr__(self, "amount", Decimal(self.amount).quantize(Decimal("0.01")))


@dataclass
class Account:
    name: str
    balance: Decimal = Decimal("0.00")
    history: list = field(default_factory=list, repr=False)
    open: bool = True
    limit: InitVar[int] = 0

    def __post_init__(self, limit):
        self.overdraft = Decimal(limit)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def apply(self, ev):
        self.log.append(ev)
        acc = self.accounts.get(ev.account)
        if ev.kind == "open":
            self.accounts[ev.account] = Account(ev.account, limit=int(ev.amount))
            return
        if acc is None or not acc.open:
            raise KeyError(ev.account)
        if ev.kind == "deposit":
            acc.balance += ev.amount
        elif ev.kind == "withdraw":
            if acc.balance - ev.amount < -acc.overdraft:
                raise RuntimeError(f"insufficient funds in {acc.name}: {acc.balance} < {ev.amount}")
            acc.balance -= ev.amount
        else:
            acc.open = False
        acc.history.append(ev.seq)


raw = [(3, "bob", "deposit", "20.5"), (1, "ann", "open", "50"), (2, "bob", "open", 0),
       (4, "ann", "deposit", "100"), (6, "ann", "withdraw", "130.255"), (5, "bob", "withdraw", "25"),
       (7, "ann", "withdraw", "30"), (8, "ann", "close", 0), (9, "ann", "deposit", 1)]
events = sorted(Event(s, a, k, Decimal(str(m))) for s, a, k, m in raw)
print([e.seq for e in events])
print(events[0])
bank = Bank()
for ev in events:
    try:
        bank.apply(ev)
    except (KeyError, RuntimeError) as e:
        print("rejected", ev.seq, type(e).__name__, e)
for name, acc in sorted(bank.accounts.items()):
    print(acc, acc.history, acc.overdraft)

e = events[0]
try:
    e.amount = Decimal(1)
except FrozenInstanceError as err:
    print("FrozenInstanceError:", err)
try:
    e.extra = 1
except (FrozenInstanceError, AttributeError, TypeError) as err:
    print(type(err).__name__ + ":", err)
print(replace(e, seq=10) > e, e == replace(e, kind="close"), hash(e) == hash(replace(e, account="zed")))
print(asdict(e), astuple(events[-1]))
print([f.name for f in fields(Event)], [f.name for f in fields(Account)])
print(hasattr(e, "__dict__"), Event.__slots__, Event.__match_args__)
for bad in [(1, "x", "steal"), (1, "x", "deposit", Decimal("-1"))]:
    try:
        Event(*bad)
    except ValueError as err:
        print("ValueError:", err)
try:
    replace(e, limit=3)
except TypeError as err:
    print("TypeError:", err)
try:
    Event()
except TypeError as err:
    print("TypeError:", err)
print(sum((a.balance for a in bank.accounts.values()), Decimal(0)))
print(Account("z", limit=5) == Account("z"), Account.__eq__ is not object.__eq__)
