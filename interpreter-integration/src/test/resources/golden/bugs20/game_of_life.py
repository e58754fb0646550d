# Conway's game of life on a small torus, plus a seeded random maze solved with BFS.
import random
from collections import deque

GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}

def step(cells, w, h):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % w, (y + dy) % h)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}

def show(cells, w, h):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))

cells = set(GLIDER)
for gen in range(5):
    print(f"gen {gen}: {len(cells)} cells, bbox {min(cells)}..{max(cells)}")
    cells = step(cells, 8, 6)
print(show(cells, 8, 6))
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(step(blinker, 5, 5), 5, 5) == blinker, sorted(step(blinker, 5, 5)))

rng = random.Random(99)
W, H = 15, 9
grid = [["#"] * W for _ in range(H)]
def carve(x, y):
    grid[y][x] = " "
    dirs = [(2, 0), (-2, 0), (0, 2), (0, -2)]
    rng.shuffle(dirs)
    for dx, dy in dirs:
        nx, ny = x + dx, y + dy
        if 0 < nx < W - 1 and 0 < ny < H - 1 and grid[ny][nx] == "#":
            grid[y + dy // 2][x + dx // 2] = " "
            carve(nx, ny)
carve(1, 1)

def bfs(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        x, y = cur
        for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if grid[nxt[1]][nxt[0]] == " " and nxt not in prev:
                prev[nxt] = cur
                q.append(nxt)
    path = []
    node = goal
    while node:
        path.append(node)
        node = prev.get(node)
    return path[::-1]

path = bfs((1, 1), (W - 2, H - 2))
for x, y in path:
    grid[y][x] = "."
print("\n".join("".join(r) for r in grid))
print("path length", len(path), "turns", sum(1 for a, b, c in zip(path, path[1:], path[2:])
                                             if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1])))
