"""Generators (own code): a pipeline of generator functions and generator expressions over a tree walk."""
import sys


class Tree:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def scaled(it, k):
    for x in it:
        yield x * k


def run(n):
    tree = build(0, 1000)
    total = 0
    for _ in range(n):
        total += sum(scaled(evens(tree), 3))
        total += sum(x for x in range(200) if x & 1)
    return "%d" % total


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
