# collections.deque: mutation during iteration or comparison, recursive repr and pickle, int * deque
import pickle
from collections import deque

d = deque(range(5))
it = iter(d)
next(it)
d.append(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)

class Mut:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.pop()
        return False

for op in ("count", "index", "contains", "remove"):
    d = deque([1, 2])
    d.append(Mut(d))
    d.append(3)
    try:
        if op == "contains":
            3 in d
        else:
            getattr(d, op)(3)
    except (RuntimeError, IndexError) as e:
        print(op, type(e).__name__, e)

d = deque(range(3))
d.append(d)
print(repr(d))
e = pickle.loads(pickle.dumps(d))
print(e[-1] is e, list(e)[:3])
print(2 * deque([1, 2]), deque([1, 2], maxlen=3) * 2, deque('ab').index('b'), deque('abcab').index('a', 1))
try:
    deque('abc') + 'def'
except TypeError as e:
    print("TypeError", e)
it = iter(deque(range(10)))
next(it)
print(list(pickle.loads(pickle.dumps(it))), list(reversed(deque('abc'))))
try:
    deque('abc').remove('z')
except ValueError as e:
    print("ValueError", e)
