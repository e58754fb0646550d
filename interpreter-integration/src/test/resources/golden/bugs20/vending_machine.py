# A vending machine state machine driven by a script of events, with match statements on tuples, dicts, classes.
from enum import Enum, auto
from dataclasses import dataclass

class St(Enum):
    IDLE = auto()
    COLLECTING = auto()
    VENDING = auto()
    OUT_OF_ORDER = auto()

@dataclass
class Coin:
    cents: int

@dataclass
class Select:
    slot: str

@dataclass
class Cmd:
    name: str
    args: tuple = ()

class Machine:
    PRICES = {"A1": 120, "A2": 95, "B1": 200}

    def __init__(self):
        self.state = St.IDLE
        self.credit = 0
        self.stock = {"A1": 2, "A2": 0, "B1": 1}
        self.bank = 0
        self.history = []

    def emit(self, msg):
        self.history.append(msg)
        print(f"[{self.state.name:<12}] {msg}")

    def handle(self, ev):
        match self.state, ev:
            case St.OUT_OF_ORDER, Cmd("repair"):
                self.state = St.IDLE
                self.emit("repaired")
            case St.OUT_OF_ORDER, _:
                self.emit(f"ignored {ev}")
            case _, Coin(cents=c) if c not in (5, 10, 20, 50, 100, 200):
                self.emit(f"rejected coin {c}")
            case (St.IDLE | St.COLLECTING), Coin(c):
                self.credit += c
                self.state = St.COLLECTING
                self.emit(f"credit {self.credit}")
            case St.COLLECTING, Select(slot) if slot not in self.PRICES:
                self.emit(f"no such slot {slot}")
            case St.COLLECTING, Select(slot) if self.stock[slot] == 0:
                self.emit(f"{slot} sold out")
            case St.COLLECTING, Select(slot) if self.credit < self.PRICES[slot]:
                self.emit(f"need {self.PRICES[slot] - self.credit} more for {slot}")
            case St.COLLECTING, Select(slot):
                self.state = St.VENDING
                self.stock[slot] -= 1
                change = self.credit - self.PRICES[slot]
                self.bank += self.PRICES[slot]
                self.credit = 0
                self.emit(f"vend {slot}, change {self.coins(change)}")
                self.state = St.IDLE
            case St.COLLECTING, Cmd("cancel"):
                self.emit(f"refund {self.coins(self.credit)}")
                self.credit = 0
                self.state = St.IDLE
            case _, Cmd("kick"):
                self.state = St.OUT_OF_ORDER
                self.emit("broken!")
            case _, Cmd("restock", (slot, n)):
                self.stock[slot] = self.stock.get(slot, 0) + n
                self.emit(f"restocked {slot} to {self.stock[slot]}")
            case _, {"type": "audit", **rest}:
                self.emit(f"audit bank={self.bank} stock={self.stock} extra={rest}")
            case _, [first, *others]:
                self.emit(f"batch of {1 + len(others)}")
                for e in (first, *others):
                    self.handle(e)
            case state, other:
                self.emit(f"cannot handle {other!r} in {state.name}")

    @staticmethod
    def coins(amount):
        out = []
        for c in (200, 100, 50, 20, 10, 5):
            n, amount = divmod(amount, c)
            out += [c] * n
        return out or "none"

m = Machine()
script = [Coin(100), Coin(3), Select("A1"), Coin(50), Select("A1"), Select("A2"), Coin(200), Select("B1"),
          Select("B1"), Cmd("cancel"), Coin(20), Cmd("cancel"), Select("A1"), Cmd("kick"), Coin(100), Cmd("repair"),
          Cmd("restock", ("A2", 3)), [Coin(50), Coin(50), Select("A2")], {"type": "audit", "by": "ops"},
          Select("Z9"), 42]
for ev in script:
    m.handle(ev)
print(len(m.history), m.bank, m.stock)

def classify(x):
    match x:
        case None:
            return "none"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str() as s if s.isdigit():
            return "digit string"
        case (a, b):
            return f"pair {a},{b}"
        case [_, _, *rest] if rest:
            return f"long seq +{len(rest)}"
        case {"x": x_, "y": y_}:
            return f"point {x_},{y_}"
        case Coin(cents=100):
            return "a euro"
        case _:
            return "other " + type(x).__name__
for v in [None, True, -5, 2.5, "123", "abc", (1, 2), [1, 2, 3, 4], {"x": 1, "y": 2, "z": 3}, Coin(100), Coin(5), {1}]:
    print(repr(v), "->", classify(v))
