"""N-queens: every solution produced by a recursive generator; prints the count and a checksum."""
import sys


def solutions(n, row=0, cols=(), diag1=frozenset(), diag2=frozenset()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        yield from solutions(n, row + 1, cols + (c,), diag1 | {row + c}, diag2 | {row - c})


def run(n):
    count = 0
    checksum = 0
    for sol in solutions(n):
        count += 1
        checksum = (checksum * 31 + sum((i + 1) * c for i, c in enumerate(sol))) % 1000000007
    return "%d %d" % (count, checksum)


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 11))
