# itertools as CPython's C module: types that subclass, pickle, copy and check arguments eagerly
from itertools import *
import copy
import operator
import pickle

print(list(islice(count(3, 2), 4)), repr(count(10.5, 1)), repr(count(10, 1.0)), repr(repeat('a', -1)))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([1, 2, 3], operator.mul)))
print(list(chain('ab', 'cd')), list(chain.from_iterable(['ab', 'c'])))
print([(k, list(g)) for k, g in groupby('aabbbc')])
print(list(product('ab', repeat=2)), list(combinations(range(4), 2)), list(permutations('abc', 2)))
print(list(combinations_with_replacement('abc', 2)), list(zip_longest('abc', 'x', fillvalue='-')))
a, b = tee(range(5))
print(list(a), list(b), type(a).__name__, tee(a)[0] is a)
print(list(pairwise('abcd')), list(starmap(pow, [(2, 3)])), list(compress('ABC', [1, 0, 1])))
print(list(dropwhile(lambda x: x < 3, range(6))), list(takewhile(lambda x: x < 3, range(6))),
      list(filterfalse(None, [0, 1, 0, 2])))

# pickling and copying part-consumed iterators
c = cycle('abc')
next(c)
print(list(islice(pickle.loads(pickle.dumps(c)), 7)), list(islice(copy.deepcopy(c), 5)))
p = permutations('abcd', 3)
next(p)
next(p)
print(list(pickle.loads(pickle.dumps(p)))[:3])
g = groupby('aabbc')
k, gr = next(g)
print(k, [(k2, list(g2)) for k2, g2 in pickle.loads(pickle.dumps(g))])
it = accumulate([None, None, None], operator.is_)
next(it)
print(list(pickle.loads(pickle.dumps(it))))
t1, t2 = tee('abcdef')
next(t1)
print(list(copy.copy(t1)), list(pickle.loads(pickle.dumps(t2))))
m = map(operator.add, [1, 2, 3], [10, 20, 30])
next(m)
print(list(copy.copy(m)), list(copy.deepcopy(filter(None, [0, 1, 2]))), list(copy.copy(enumerate('ab', 5))))

# subclasses, keyword rules
class Sub(chain):
    def __init__(self, *args, newarg=None):
        self.newarg = newarg
u = Sub([1], [2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
class Z(zip):
    pass
print(type(Z('a', 'b')).__name__, list(Z('ab', 'cd')))
class M(map):
    def __new__(cls, *args, newarg=None):
        self = super().__new__(cls, *args)
        self.newarg = newarg
        return self
mm = M(str, [1, 2], newarg=4)
print(type(mm).__name__, list(mm), mm.newarg)
for bad in (lambda: cycle(5), lambda: count('a'), lambda: islice([], -1), lambda: chain(x=1),
            lambda: combinations('ab', -1), lambda: product('a', repeat=-1), lambda: tee([], -1),
            lambda: repeat(1).__length_hint__()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
