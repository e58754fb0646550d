"""A sudoku solver: constraint propagation with sets, backtracking with a generator, and puzzle statistics."""
from itertools import product
from functools import reduce
import time

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
SQUARES = [r + c for r, c in product(ROWS, DIGITS)]
UNITS = ([[r + c for c in DIGITS] for r in ROWS] + [[r + c for r in ROWS] for c in DIGITS] +
         [[r + c for r, c in product(rs, cs)] for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS_OF = {s: [u for u in UNITS if s in u] for s in SQUARES}
PEERS = {s: set().union(*UNITS_OF[s]) - {s} for s in SQUARES}


class Contradiction(Exception):
    pass


def assign(values, s, d):
    for other in values[s].replace(d, ""):
        eliminate(values, s, other)
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return
    values[s] = values[s].replace(d, "")
    if not values[s]:
        raise Contradiction(f"no digit left for {s}")
    if len(values[s]) == 1:
        for p in PEERS[s]:
            eliminate(values, p, values[s])
    for u in UNITS_OF[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            raise Contradiction(f"no place for {d} in unit of {s}")
        if len(places) == 1:
            assign(values, places[0], d)


def parse(grid):
    chars = [c for c in grid if c in DIGITS or c in "0."]
    if len(chars) != 81:
        raise ValueError(f"grid has {len(chars)} cells, expected 81")
    values = {s: DIGITS for s in SQUARES}
    for s, c in zip(SQUARES, chars):
        if c in DIGITS:
            assign(values, s, c)
    return values


def search(values, stats):
    if all(len(values[s]) == 1 for s in SQUARES):
        yield values
        return
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        stats["guesses"] += 1
        try:
            yield from search(assign(values.copy(), s, d), stats)
        except Contradiction:
            stats["dead_ends"] += 1


def show(values):
    lines = []
    for i, r in enumerate(ROWS):
        row = " ".join(values[r + c] + (" |" if c in "36" else "") for c in DIGITS)
        lines.append(row)
        if i in (2, 5):
            lines.append("------+-------+------")
    return "\n".join(lines)


PUZZLES = {
    "easy": "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "hard": "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "broken": "113020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "short": "12345",
}
for name, grid in PUZZLES.items():
    stats = {"guesses": 0, "dead_ends": 0}
    try:
        solutions = search(parse(grid), stats)
        first = next(solutions)
    except (Contradiction, ValueError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
        continue
    checksum = reduce(lambda acc, s: (acc * 31 + int(first[s])) % 1_000_003, SQUARES, 7)
    print(f"{name}: solved, guesses={stats['guesses']} dead_ends={stats['dead_ends']} checksum={checksum}")
    if name == "easy":
        print(show(first))
    ok = all(sorted(first[s] for s in u) == list(DIGITS) for u in UNITS)
    print("  valid:", ok, "unique:", next(solutions, None) is None)
print(len(SQUARES), len(UNITS), len(PEERS["C2"]), sorted(PEERS["A1"])[:5])
