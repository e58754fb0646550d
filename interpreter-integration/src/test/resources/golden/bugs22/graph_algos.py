"""Graph algorithms module: Dijkstra, topological sort, union-find, BFS/DFS, SCC."""
import heapq
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Dict, List, Tuple


class UnionFind:
    __slots__ = ("parent", "rank", "count")

    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
        self.count = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True


@dataclass
class Graph:
    directed: bool = False
    adj: Dict[str, List[Tuple[str, float]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, u, v, w=1.0):
        self.adj[u].append((v, w))
        if not self.directed:
            self.adj[v].append((u, w))
        else:
            self.adj.setdefault(v, [])

    def nodes(self):
        return sorted(self.adj)

    def dijkstra(self, src):
        dist = {src: 0.0}
        prev = {}
        pq = [(0.0, src)]
        seen = set()
        while pq:
            d, u = heapq.heappop(pq)
            if u in seen:
                continue
            seen.add(u)
            for v, w in self.adj[u]:
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, prev, target):
        out = [target]
        while out[-1] in prev:
            out.append(prev[out[-1]])
        return out[::-1]

    def toposort(self):
        indeg = {n: 0 for n in self.adj}
        for u in self.adj:
            for v, _ in self.adj[u]:
                indeg[v] += 1
        q = deque(sorted(n for n, d in indeg.items() if d == 0))
        order = []
        while q:
            u = q.popleft()
            order.append(u)
            for v, _ in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v)
        if len(order) != len(indeg):
            raise ValueError(f"cycle among {sorted(set(indeg) - set(order))}")
        return order

    def kruskal(self):
        edges = sorted({(w, min(u, v), max(u, v)) for u in self.adj for v, w in self.adj[u]})
        uf = UnionFind(self.nodes())
        tree = [(u, v, w) for w, u, v in edges if uf.union(u, v)]
        return tree, sum(w for *_, w in tree)

    def scc(self):
        index, low, stack, on, out = {}, {}, [], set(), []
        counter = [0]

        def strong(v):
            index[v] = low[v] = counter[0]
            counter[0] += 1
            stack.append(v); on.add(v)
            for w, _ in self.adj[v]:
                if w not in index:
                    strong(w)
                    low[v] = min(low[v], low[w])
                elif w in on:
                    low[v] = min(low[v], index[w])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop(); on.discard(w); comp.append(w)
                    if w == v:
                        break
                out.append(sorted(comp))
        for v in self.nodes():
            if v not in index:
                strong(v)
        return sorted(out)


g = Graph()
for u, v, w in [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3),
                ("e", "d", 4), ("d", "f", 11), ("e", "f", 7.5)]:
    g.add(u, v, w)
dist, prev = g.dijkstra("a")
for n in g.nodes():
    print(f"{n}: {dist[n]:6.2f} via {'->'.join(g.path(prev, n))}")
tree, total = g.kruskal()
print("mst", tree, total)

dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add(u, v)
print("topo", dag.toposort())
dag.add("jacket", "shirt")
try:
    dag.toposort()
except ValueError as e:
    print("error:", e)
print("scc", dag.scc())
uf = UnionFind(range(10))
for a, b in [(1, 2), (3, 4), (2, 3), (7, 8), (9, 9), (4, 1)]:
    print(a, b, uf.union(a, b), end="; ")
print()
print("components", uf.count, sorted({uf.find(i) for i in range(10)}))
