# an iterator over a __getitem__ sequence stays exhausted once it has raised StopIteration (CPython's sink state)
import pickle

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i < self.n:
            return i
        raise IndexError

s = Seq(3)
it = iter(s)
print(list(it))
s.n = 6
print(list(it), next(it, 'done'))
print(pickle.loads(pickle.dumps(it)).__class__.__name__, list(pickle.loads(pickle.dumps(it))))
it2 = iter(s)
next(it2)
print(list(pickle.loads(pickle.dumps(it2))))
