"""A text-adventure engine as a state machine driven by structural pattern matching: commands parsed into
tuples, class patterns with __match_args__ and keyword attributes, mapping patterns with **rest, or-patterns
with bindings, guards, nested sequence patterns with star captures, value patterns on enum members, and
literal/None/True patterns; a scripted session prints each turn."""
from dataclasses import dataclass, field
from enum import Enum


class Dir(Enum):
    N = "north"
    S = "south"
    E = "east"
    W = "west"


@dataclass
class Room:
    name: str
    exits: dict
    items: list = field(default_factory=list)
    dark: bool = False


@dataclass
class Player:
    room: str
    inventory: list = field(default_factory=list)
    hp: int = 10
    lamp_on: bool = False


class Move:
    __match_args__ = ("direction",)

    def __init__(self, direction):
        self.direction = direction


class Take:
    __match_args__ = ("item", "count")

    def __init__(self, item, count=1):
        self.item, self.count = item, count


WORLD = {
    "hall": Room("hall", {Dir.N: "library", Dir.E: "cellar"}, ["lamp"]),
    "library": Room("library", {Dir.S: "hall"}, ["book", "key"]),
    "cellar": Room("cellar", {Dir.W: "hall"}, ["wine", "wine", "coin"], dark=True),
}


def parse(line):
    words = line.lower().split()
    match words:
        case []:
            return None
        case ["go" | "walk", ("north" | "south" | "east" | "west") as d]:
            return Move(Dir(d))
        case [("n" | "s" | "e" | "w") as d]:
            return Move(Dir[d.upper()])
        case ["take", item]:
            return Take(item)
        case ["take", n, item] if n.isdigit():
            return Take(item, int(n))
        case ["use", item, *rest]:
            return ("use", item, " ".join(rest) or None)
        case ["say", *words_said] if words_said:
            return {"say": " ".join(words_said), "loud": line.isupper()}
        case ["quit" | "exit"]:
            return True
        case _:
            return ("unknown", tuple(words))


def step(player, cmd):
    room = WORLD[player.room]
    match cmd:
        case None:
            return "..."
        case True:
            return "bye"
        case Move(direction=d) if d not in room.exits:
            return f"no exit {d.value} from {room.name}"
        case Move(Dir.N | Dir.S as d):
            player.room = room.exits[d]
            return f"you walk {d.value} (vertical axis) to {player.room}"
        case Move(d):
            player.room = room.exits[d]
            return f"you walk {d.value} to {player.room}"
        case Take(item, count) if room.dark and not player.lamp_on:
            return f"too dark to find {item}"
        case Take(item, count=c) if room.items.count(item) >= c:
            for _ in range(c):
                room.items.remove(item)
                player.inventory.append(item)
            return f"taken {c} x {item}"
        case Take(item):
            return f"no {item} here"
        case ("use", "lamp", None) if "lamp" in player.inventory:
            player.lamp_on = not player.lamp_on
            return f"lamp {'on' if player.lamp_on else 'off'}"
        case ("use", "key", target):
            return f"the key does not fit {target or 'anything'}"
        case ("use", item, _):
            return f"you have no {item}"
        case {"say": str(text), "loud": True}:
            return f"you shout {text!r}"
        case {"say": text, **rest}:
            return f"you say {text!r} ({len(rest)} extra)"
        case ("unknown", (first, *_)):
            return f"unknown verb {first!r}"
        case _:
            return "?"


SCRIPT = ["take lamp", "go north", "take key", "take 2 book", "s", "e", "take coin", "use lamp", "take 2 wine",
          "take coin", "go east", "w", "use key door", "use key", "use sword now", "say hello there", "SAY HI",
          "dance wildly", "", "north", "n", "quit"]
p = Player("hall")
for line in SCRIPT:
    cmd = parse(line)
    print(f"{line!r:>20} -> {step(p, cmd)}")
print(p)


def describe(obj):
    match obj:
        case Room(name=n, items=[]):
            return f"{n}: empty"
        case Room(name=n, items=[only]):
            return f"{n}: just a {only}"
        case Room(name=n, items=[first, *others], dark=True):
            return f"{n} (dark): {first} and {len(others)} more"
        case Room(name, exits, items):
            return f"{name}: {', '.join(sorted(set(items)))}; exits {sorted(d.name for d in exits)}"
        case [Room() as r, *_]:
            return "list starting with " + r.name
        case {"hp": int(hp)} if hp <= 0:
            return "dead"
        case {"hp": int() | float() as hp}:
            return f"hp {hp}"
        case str() | bytes():
            return "text"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case -1.5 | 0j:
            return "special number"
        case _:
            return type(obj).__name__


for o in [*WORLD.values(), list(WORLD.values()), {"hp": 0}, {"hp": 2.5, "x": 1}, "s", b"b", 2, -1.5, 0, None]:
    print(describe(o))
