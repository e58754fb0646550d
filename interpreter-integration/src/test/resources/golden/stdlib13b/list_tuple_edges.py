# list/tuple: huge slice steps, repeat overflow, tuple * 1 is the tuple, subclasses with their own __iter__,
# keywords of subclasses with __new__/__init__, index error messages
import sys

a = [0, 1, 2, 3, 4]
print(a[3::sys.maxsize], a[::-sys.maxsize], (1, 2, 3)[1::sys.maxsize], 'abcdef'[2::sys.maxsize])
a[1::sys.maxsize] = [9]
print(a)
for f in [lambda: [1, 2, 3, 4] * (2 ** 62), lambda: (1, 2) * (2 ** 62), lambda: 'ab' * (2 ** 62)]:
    try:
        f()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
l = [1, 2, 3, 4]
try:
    l *= 2 ** 62
except MemoryError:
    print('MemoryError', len(l))
t = (1, 2)
e = ()
print(t * 1 is t, e * 5 is e, t * 2)

class LyingTuple(tuple):
    def __iter__(self):
        yield 1

class LyingList(list):
    def __iter__(self):
        yield 1

print(list(LyingTuple((2,))), list(LyingList([2])), tuple(LyingList([2])), [0] + list(LyingTuple((5, 6))))

class ListNew(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self

class TupleInit(tuple):
    def __init__(self, seq, newarg=None):
        self.newarg = newarg

u = ListNew([1, 2], newarg=3)
v = TupleInit([1, 2], newarg=4)
print(u, u.newarg, v, v.newarg)
for f in [lambda: list(sequence=()), lambda: tuple(sequence=())]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
try:
    l['a'] = 1
except TypeError as e:
    print(e)
