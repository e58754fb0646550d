"""A recursive directory-size calculator on a nested dict; a cyclic structure overflows the stack."""
import sys


def total_size(node, depth=0):
    if isinstance(node, int):
        return node
    return sum(total_size(child, depth + 1) for child in node.values())


def depth_of(node):
    if not isinstance(node, dict) or not node:
        return 0
    return 1 + max(depth_of(c) for c in node.values())


tree = {"etc": {"hosts": 120, "passwd": 2048}, "usr": {"bin": {"ls": 100, "cat": 80}, "lib": {}}, "tmp": 0}
print(total_size(tree), depth_of(tree))


def build(n):
    node = 1
    for i in range(n):
        node = {f"d{i}": node}
    return node


print(total_size(build(200)), depth_of(build(150)))
print(sys.getrecursionlimit())


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


print(count_down(500))
try:
    count_down(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


a = Node("a")
a.children.append(Node("b"))
print(a)
a.children[0].children.append(a)
print(repr([1, [2, [3]]]), end=" ")
l = [1]
l.append(l)
print(l, {"k": l})
try:
    repr(a)
except RecursionError as e:
    print("repr RecursionError:", e)


def walk(node):
    return [node.name] + [n for c in node.children for n in walk(c)]


walk(a)
