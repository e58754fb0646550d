class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def leaves(self):
        if not self.kids:
            yield self.v
        for k in self.kids:
            yield from k.leaves()
t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3)])
print(list(t), list(t.leaves()), sum(t))
