"""A text-adventure state machine with dataclasses and enums, driven by a scripted input list."""
from dataclasses import dataclass, field, replace, asdict, astuple
from enum import Enum, IntEnum, Flag, auto, unique
from typing import Optional


@unique
class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @property
    def opposite(self):
        return {Dir.NORTH: Dir.SOUTH, Dir.SOUTH: Dir.NORTH, Dir.EAST: Dir.WEST, Dir.WEST: Dir.EAST}[self]

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None


class State(IntEnum):
    EXPLORING = 1
    FIGHTING = 2
    DEAD = 3
    WON = 4


class Perm(Flag):
    NONE = 0
    LIT = auto()
    LOCKED = auto()
    SAFE = auto()


@dataclass
class Item:
    name: str
    weight: int = 1
    value: int = 0


@dataclass
class Room:
    name: str
    flags: Perm = Perm.NONE
    items: list = field(default_factory=list)
    exits: dict = field(default_factory=dict, repr=False)
    monster: Optional[str] = None


@dataclass(frozen=True)
class Stats:
    hp: int = 10
    attack: int = 2

    def hurt(self, n):
        return replace(self, hp=max(0, self.hp - n))


def link(a, d, b):
    a.exits[d] = b
    b.exits[d.opposite] = a


hall = Room("hall", Perm.LIT | Perm.SAFE, [Item("lamp", 2, 5)])
cellar = Room("cellar", Perm.NONE, [Item("sword", 4, 20)], monster="rat")
tower = Room("tower", Perm.LIT | Perm.LOCKED, [Item("crown", 3, 100)])
garden = Room("garden", Perm.LIT, [Item("key", 0, 1)])
link(hall, Dir.SOUTH, cellar)
link(hall, Dir.NORTH, tower)
link(hall, Dir.EAST, garden)


class Game:
    def __init__(self):
        self.room, self.state, self.stats, self.bag = hall, State.EXPLORING, Stats(), []

    def do(self, line):
        verb, _, arg = line.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        return handler(arg)

    def cmd_go(self, arg):
        try:
            d = Dir(arg)
        except ValueError as e:
            return str(e)
        nxt = self.room.exits.get(d)
        if nxt is None:
            return "You can't go that way."
        if Perm.LOCKED in nxt.flags:
            if not any(i.name == "key" for i in self.bag):
                return f"The {nxt.name} is locked."
            nxt.flags &= ~Perm.LOCKED
        self.room = nxt
        if nxt.monster:
            self.state = State.FIGHTING
            return f"You enter the {nxt.name}. A {nxt.monster} attacks!"
        return f"You enter the {nxt.name} ({nxt.flags!r})."

    def cmd_take(self, arg):
        for it in list(self.room.items):
            if it.name == arg:
                if sum(i.weight for i in self.bag) + it.weight > 6:
                    return "Too heavy."
                self.room.items.remove(it)
                self.bag.append(it)
                if it.name == "crown":
                    self.state = State.WON
                return f"Taken: {it}"
        return "No such thing."

    def cmd_drop(self, arg):
        match [i for i in self.bag if i.name == arg]:
            case []:
                return "You don't have that."
            case [it, *_]:
                self.bag.remove(it)
                self.room.items.append(it)
                return f"Dropped {astuple(it)}"

    def cmd_fight(self, arg):
        if self.state is not State.FIGHTING:
            return "Nothing to fight."
        self.stats = self.stats.hurt(3)
        if any(i.name == "sword" for i in self.bag) or self.stats.hp < 5:
            self.room.monster = None
            self.state = State.EXPLORING
            return f"You win. {self.stats}"
        return f"Ouch. {self.stats}"

    def cmd_look(self, arg):
        exits = ",".join(sorted(d.value for d in self.room.exits))
        return f"{self.room.name}: {[i.name for i in self.room.items]} exits={exits} state={self.state.name}"


game = Game()
script = ["look", "go e", "take key", "go west", "go n", "take crown", "dance", "go x",
          "go s", "go s", "fight", "fight", "take sword", "take lamp", "drop lamp", "look"]
for cmd in script:
    print(f"> {cmd}\n{game.do(cmd)}")
    if game.state == State.DEAD:
        print("Game over:", game.state, int(game.state), State(4) is State.WON)
        break
print(asdict(Item("gem", 1, 9)), asdict(Stats()), [m.value for m in Dir], list(Perm), Perm.LIT | Perm.SAFE)
print(Perm(5), ~Perm.LIT, bool(Perm.NONE), Perm.LIT in (Perm.LIT | Perm.SAFE), Dir["EAST"], Dir("North"))
print(sorted(State, reverse=True), State.WON > 3, State.FIGHTING + 1, format(State.WON), f"{Dir.EAST}")
