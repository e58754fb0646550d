"""Backtracking puzzles: N-queens, sudoku, subset sum; reports search statistics."""
import time


def queens(n):
    sols, cols, d1, d2 = [], set(), set(), set()
    board = []

    def place(r):
        if r == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()

    place(0)
    return sols


for n in range(4, 10):
    s = queens(n)
    print(f"{n}-queens: {len(s)} solutions, first {s[0]}")
print("\n".join("".join("Q" if c == q else "." for c in range(8)) for q in queens(8)[0]))

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[0 if ch == "." else int(ch) for ch in line] for line in PUZZLE.split()]
calls = 0


def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]


def solve(g):
    global calls
    calls += 1
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in cand:
        g[r][c] = v
        if solve(g):
            return True
    g[r][c] = 0
    return False


print(solve(grid), calls)
for i, row in enumerate(grid):
    if i % 3 == 0 and i:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[j:j + 3])) for j in (0, 3, 6)))
print(all(sorted(row) == list(range(1, 10)) for row in grid), all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))


def subset_sum(nums, target):
    nums = sorted(nums, reverse=True)
    found = []

    def go(i, remaining, chosen):
        if remaining == 0:
            found.append(tuple(chosen))
            return
        if i == len(nums) or remaining < 0 or sum(nums[i:]) < remaining:
            return
        chosen.append(nums[i])
        go(i + 1, remaining - nums[i], chosen)
        chosen.pop()
        go(i + 1, remaining, chosen)

    go(0, target, [])
    return found


res = subset_sum([3, 34, 4, 12, 5, 2, 27, 8, 19, 1], 30)
print(len(res), res[:4])
t0 = time.process_time()
count = len(queens(10))
print("10-queens:", count, "cpu ok" if time.process_time() - t0 >= 0 else "?")
