"""Maze generation (recursive backtracker) with random.seed, then solving with BFS."""
import random
from collections import deque

W, H = 12, 8
random.seed(2026)


def generate(w, h):
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(w) for y in range(h)}
    moves = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    stack = [(0, 0)]
    seen = {(0, 0)}
    while stack:
        x, y = stack[-1]
        options = [(d, x + dx, y + dy, back) for d, (dx, dy, back) in sorted(moves.items())
                   if (x + dx, y + dy) in walls and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        d, nx, ny, back = random.choice(options)
        walls[(x, y)].discard(d)
        walls[(nx, ny)].discard(back)
        seen.add((nx, ny))
        stack.append((nx, ny))
    return walls


def render(walls, w, h, path=()):
    lines = ["+" + "---+" * w]
    for y in range(h):
        row, bottom = "|", "+"
        for x in range(w):
            cell = " * " if (x, y) in path else "   "
            row += cell + ("|" if "E" in walls[(x, y)] else " ")
            bottom += ("---" if "S" in walls[(x, y)] else "   ") + "+"
        lines += [row, bottom]
    return "\n".join(lines)


def solve(walls, start, goal):
    dirs = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for d, (dx, dy) in dirs.items():
            if d not in walls[cur]:
                nxt = (cur[0] + dx, cur[1] + dy)
                if nxt not in prev:
                    prev[nxt] = cur
                    q.append(nxt)
    path = []
    while cur:
        path.append(cur)
        cur = prev[cur]
    return path[::-1]


maze = generate(W, H)
print(render(maze, W, H))
path = solve(maze, (0, 0), (W - 1, H - 1))
print(f"path length {len(path)}")
print(render(maze, W, H, set(path)))
dead_ends = sorted(c for c, ws in maze.items() if len(ws) == 3)
print(len(dead_ends), dead_ends[:5])
turns = sum(1 for a, b, c in zip(path, path[1:], path[2:]) if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
print("turns:", turns)
