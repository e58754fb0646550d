"""A tiny text adventure engine: command parsing with match, state machines, and a scripted playthrough."""
from dataclasses import dataclass, field
from enum import Enum
import shlex


class Dir(Enum):
    N = "north"
    S = "south"
    E = "east"
    W = "west"

    @classmethod
    def parse(cls, word):
        for d in cls:
            if word in (d.value, d.name.lower()):
                return d
        raise ValueError(f"no direction {word!r}")


@dataclass
class Room:
    name: str
    items: list = field(default_factory=list)
    exits: dict = field(default_factory=dict)
    locked: set = field(default_factory=set)


@dataclass
class Player:
    where: str
    bag: list = field(default_factory=list)
    moves: int = 0


world = {
    "hall": Room("hall", ["lamp"], {Dir.N: "library", Dir.E: "vault"}, {Dir.E}),
    "library": Room("library", ["key", "book"], {Dir.S: "hall"}),
    "vault": Room("vault", ["gold"], {Dir.W: "hall"}),
}


def step(p, line):
    try:
        words = shlex.split(line.lower())
    except ValueError as e:
        return f"parse error: {e}"
    room = world[p.where]
    match words:
        case []:
            return "say something"
        case ["go" | "walk", direction] | [("n" | "s" | "e" | "w") as direction]:
            try:
                d = Dir.parse(direction)
            except ValueError as e:
                return str(e)
            if d not in room.exits:
                return "you can't go that way"
            if d in room.locked:
                return "the door is locked"
            p.where = room.exits[d]
            p.moves += 1
            return f"you enter the {p.where}"
        case ["take", *things] if things:
            got = [t for t in things if t in room.items]
            for t in got:
                room.items.remove(t)
                p.bag.append(t)
            missing = sorted(set(things) - set(got))
            return f"taken: {got}" + (f"; not here: {missing}" if missing else "")
        case ["unlock", direction] if "key" in p.bag:
            d = Dir.parse(direction)
            room.locked.discard(d)
            return f"unlocked {d.value}"
        case ["unlock", _]:
            return "you have no key"
        case ["look"]:
            ex = ", ".join(sorted(d.value for d in room.exits))
            return f"{room.name}: items={room.items} exits={ex}"
        case ["inventory" | "i"]:
            return f"bag={p.bag} moves={p.moves}"
        case ["say", str(msg)]:
            return f'you say "{msg}"'
        case [verb, *rest]:
            return f"unknown verb {verb!r} ({len(rest)} args)"


script = [
    "look", "e", "take lamp sword", "go north", "look", "take key book", "unlock east",
    "s", "unlock east", "go east", 'say "hello there"', "take gold", "i", "dance wildly now",
    "", 'say "unterminated', "go up", "w", "look",
]
p = Player("hall")
for line in script:
    print(f"> {line}")
    print("  " + step(p, line))
print(p)
print(world["vault"], Dir("north"), Dir["S"])
