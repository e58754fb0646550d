"""A vending machine state machine with enums."""
from enum import Enum, IntEnum, Flag, auto, unique


@unique
class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    OUT_OF_ORDER = auto()

    def __str__(self):
        return self.name.lower().replace("_", " ")


class Coin(IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
    DOLLAR = 100


class Feature(Flag):
    NONE = 0
    CARD = auto()
    CONTACTLESS = auto()
    CHANGE = auto()
    ALL = CARD | CONTACTLESS | CHANGE


class VendingMachine:
    TRANSITIONS = {
        (State.IDLE, "coin"): State.HAS_MONEY,
        (State.HAS_MONEY, "coin"): State.HAS_MONEY,
        (State.HAS_MONEY, "select"): State.VENDING,
        (State.HAS_MONEY, "refund"): State.IDLE,
        (State.VENDING, "done"): State.IDLE,
    }

    def __init__(self, stock, features=Feature.CHANGE):
        self.state = State.IDLE
        self.credit = 0
        self.stock = dict(stock)
        self.features = features
        self.log = []

    def fire(self, event, arg=None):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            self.log.append(f"ignored {event!r} in {self.state}")
            return False
        handler = getattr(self, f"on_{event}")
        if handler(arg) is False:
            return False
        old, self.state = self.state, self.TRANSITIONS[key]
        self.log.append(f"{old} --{event}--> {self.state}")
        return True

    def on_coin(self, coin):
        self.credit += Coin(coin)

    def on_select(self, item):
        price = self.stock.get(item, (None, 0))[0]
        if price is None or self.stock[item][1] == 0:
            self.log.append(f"{item} unavailable")
            return False
        if self.credit < price:
            self.log.append(f"need {price - self.credit} more for {item}")
            return False
        self.credit -= price
        p, n = self.stock[item]
        self.stock[item] = (p, n - 1)
        self.log.append(f"vend {item}")

    def on_refund(self, _):
        self.log.append(f"refund {self.change(self.credit)}")
        self.credit = 0

    def on_done(self, _):
        if self.credit and Feature.CHANGE in self.features:
            self.log.append(f"change {self.change(self.credit)}")
            self.credit = 0

    @staticmethod
    def change(amount):
        out = []
        for coin in sorted(Coin, reverse=True):
            n, amount = divmod(amount, coin)
            out += [coin.name] * n
        return out


vm = VendingMachine({"cola": (125, 2), "chips": (65, 1), "gum": (35, 0)})
script = [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 10),
          ("select", "cola"), ("done", None), ("coin", 25), ("coin", 25), ("coin", 25),
          ("select", "gum"), ("select", "chips"), ("done", None), ("coin", 5), ("refund", None),
          ("coin", 3)]
for event, arg in script:
    try:
        vm.fire(event, arg)
    except ValueError as e:
        vm.log.append(f"ValueError: {e}")
print("\n".join(vm.log))
print(vm.state, repr(vm.state), vm.credit, vm.stock)
print(list(State), State["VENDING"], State(2))
print(Coin.DIME + Coin.QUARTER, Coin.DOLLAR // Coin.QUARTER, Coin(25) is Coin.QUARTER, repr(Coin.DIME))
print(f"{Coin.NICKEL} {Coin.NICKEL!r} {Coin.NICKEL:>8} {Coin.NICKEL.value:03d}")
print(Feature.CARD | Feature.CHANGE, Feature.ALL, Feature.NONE, bool(Feature.NONE))
print(list(Feature.ALL), Feature.CARD in Feature.ALL, ~Feature.CARD)
print(Feature(5), repr(Feature(6)))
print([m.name for m in Coin], Coin.__members__.keys())
try:
    State(9)
except ValueError as e:
    print(e)
try:
    Coin["PENNY"]
except KeyError as e:
    print("KeyError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
