class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, k):
        return self.cells.get(k, ".")
    def __setitem__(self, k, v):
        self.cells[k] = v
    def __delitem__(self, k):
        del self.cells[k]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, k):
        return k in self.cells
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[0, 0] = "#"; g[2, 1] = "@"
print(len(g), (0, 0) in g, (1, 1) in g)
for row in g: print(row)
del g[0, 0]
print(len(g), list(g))
