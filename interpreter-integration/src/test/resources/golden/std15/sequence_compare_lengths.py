# == and != of lists and deques (not tuples) of different lengths answer without comparing items (CPython's shortcut):
# items whose comparison would raise or recurse for ever are never compared.
from collections import UserList, deque


class Boom:
    def __eq__(self, other):
        raise ValueError("compared")


print([Boom()] == [Boom(), 1], [Boom()] != [Boom(), 1])
try:
    (Boom(),) == (Boom(), 1)
except ValueError as e:
    print("a tuple compares items first:", e)
print(deque([Boom()]) == deque([Boom(), 1]))
try:
    [Boom()] < [Boom(), 1]
except ValueError as e:
    print("ordering compares items:", e)
a = UserList()
b = UserList()
a.append(b)
b.append(a)
b.append(17)
print(a == b, a != b)
try:
    a < b
except RecursionError as e:
    print("RecursionError:", e)
a.append(17)
try:
    a == b
except RecursionError as e:
    print("RecursionError:", e)
a.insert(0, 11)
b.insert(0, 12)
print(a == b, a != b, a < b)
