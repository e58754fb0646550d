# collections.deque: both ends, maxlen, rotate, indexing, insert/remove, operators, copy/pickle, subclasses
import copy
import pickle
import weakref
from collections import deque

d = deque('abc')
d.append('d')
d.appendleft('z')
print(d, len(d), d.maxlen, d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)

# maxlen: the other end is dropped, maxlen=0 keeps nothing
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(6)
print(m)
m.extend([11, 12])
m.extendleft([5, 4])
print(m)
print(deque('abc', maxlen=0), deque(maxlen=0).maxlen)
for bad in (-1, 'x'):
    try:
        deque('abc', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m.maxlen = 5
except AttributeError:
    print("maxlen is read-only")

# rotate, reverse, insert, remove, del, index, count
r = deque(range(7))
r.rotate(2)
print(r)
r.rotate(-5)
print(r)
r.rotate(700)
print(r)
r.reverse()
print(r)
for i in (-20, -3, 0, 3, 20):
    x = deque('ABCDE')
    x.insert(i, '*')
    print(i, ''.join(x))
r.remove(3)
del r[0]
del r[-1]
print(r, r.index(r[1]), r.count(r[1]), r[2] in r, 99 in r)
print(deque('abcabc').index('c', 3), deque('abcabc').index('a', -3, -1))
try:
    deque('abc').index('z')
except ValueError as e:
    print("ValueError", e)
try:
    deque('abc', maxlen=3).insert(1, 'x')
except IndexError as e:
    print("IndexError", e)
try:
    deque('abc')[3]
except IndexError as e:
    print("IndexError", e)
try:
    deque('abc')['x']
except TypeError as e:
    print("TypeError", e)
s = deque(range(5))
s[1] = 'one'
s[-1] = 'last'
print(s)

# big queue both ways, the middle indexed
big = deque()
for i in range(100000):
    big.append(i)
print(big[0], big[50000], big[-1], len(big))
total = 0
while big:
    total += big.popleft()
print(total, len(big))
for i in range(1000):
    big.appendleft(i)
print(big[0], big[-1], sum(big))

# operators
a = deque('ab')
b = deque('cd')
print(a + b, a * 2, 3 * a, a * 0, deque('abc', maxlen=4) * 2)
a += 'xy'
print(a)
a *= 2
print(a)
a += a
print(len(a), a == deque('abxyabxy' * 2))
try:
    a + 'str'
except TypeError as e:
    print("TypeError", e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]),
      deque([2]) >= deque([1, 9]), deque([1]) == [1])
try:
    hash(deque())
except TypeError as e:
    print("TypeError", e)

# extend with itself, clear, bool
e = deque('xy')
e.extend(e)
e.extendleft(e)
print(e, bool(e))
e.clear()
print(e, bool(e))

# repr with recursion, copy, pickle (also recursive), iterators
rr = deque([1, 2])
rr.append(rr)
print(repr(rr))
c = deque([[1], 2], maxlen=5)
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
c[0].append('shared')
print(c2, c3, c2.maxlen, c.copy())
p = pickle.loads(pickle.dumps(rr))
print(p[-1] is p, len(p))
it = iter(deque(range(6)))
next(it)
next(it)
print(it.__length_hint__(), list(pickle.loads(pickle.dumps(it))), list(reversed(deque(range(4)))))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(list(type(reversed(deque()))(deque('abc'))), list(type(iter(deque()))(deque('abcd'), 2)))

# subclasses: attributes, pickle, weakref, __init__ with other arguments
class Named(deque):
    def __init__(self, name, items=()):
        super().__init__(items, maxlen=4)
        self.name = name
    def __reduce__(self):
        return (type(self), (self.name, list(self)))

class Plain(deque):
    pass

n = Named('q', range(6))
print(n, n.name, n.maxlen, pickle.loads(pickle.dumps(n)).name)
pl = Plain('abc')
pl.tag = 7
q = pickle.loads(pickle.dumps(pl))
print(type(q).__name__, q, q.tag, type(pl + pl).__name__, type(pl.copy()).__name__, isinstance(pl, deque))
w = weakref.ref(pl)
print(w() is pl)
print(deque.__name__, deque.__module__, deque.__doc__.splitlines()[0])
