"""Graph search: BFS, Dijkstra, A*-like and topological sort."""
import heapq
from collections import defaultdict, deque
from graphlib import TopologicalSorter, CycleError

ROADS = """
amber birch 7
amber cedar 9
amber fir 14
birch cedar 10
birch dogwood 15
cedar dogwood 11
cedar fir 2
dogwood elm 6
elm fir 9
elm gum 4
gum hazel 3
hazel ivy 8
"""

graph = defaultdict(dict)
for line in ROADS.strip().splitlines():
    a, b, w = line.split()
    graph[a][b] = graph[b][a] = int(w)


def bfs(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            break
        for nxt in sorted(graph[node]):
            if nxt not in prev:
                prev[nxt] = node
                q.append(nxt)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, start, goal):
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return " -> ".join(reversed(path))


print("bfs amber->ivy:", bfs("amber", "ivy"))
dist, prev = dijkstra("amber")
for node in sorted(dist, key=lambda n: (dist[n], n)):
    print(f"  {node:>8}: {dist[node]:3d}  via {path_to(prev, 'amber', node)}")

components = []
seen = set()
graph["juniper"]["kapok"] = 1
graph["kapok"]["juniper"] = 1
for node in sorted(graph):
    if node in seen:
        continue
    comp, stack = [], [node]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        comp.append(n)
        stack.extend(sorted(graph[n], reverse=True))
    components.append(comp)
print("components:", components)

deps = {"app": {"lib", "config"}, "lib": {"core"}, "config": {"core"}, "core": set(), "tests": {"app"}}
ts = TopologicalSorter(deps)
ts.prepare()
order = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    order.append(ready)
    ts.done(*ready)
print("build waves:", order)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))

grid = ["S.#.....", ".##.###.", "....#...", ".#.##.#.", "...#..#G"]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "G")
frontier = [(abs(start[0] - goal[0]) + abs(start[1] - goal[1]), 0, start)]
came = {start: None}
cost = {start: 0}
while frontier:
    _, g, cur = heapq.heappop(frontier)
    if cur == goal:
        break
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
            if (nr, nc) not in cost or g + 1 < cost[(nr, nc)]:
                cost[(nr, nc)] = g + 1
                came[(nr, nc)] = cur
                h = abs(nr - goal[0]) + abs(nc - goal[1])
                heapq.heappush(frontier, (g + 1 + h, g + 1, (nr, nc)))
cells = set()
node = goal
while node:
    cells.add(node)
    node = came[node]
for r in range(rows):
    print("".join("*" if (r, c) in cells and grid[r][c] == "." else grid[r][c] for c in range(cols)))
print("steps:", cost[goal])
