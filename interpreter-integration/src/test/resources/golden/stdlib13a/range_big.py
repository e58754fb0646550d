# ranges past the long/int limits: lengths, slices, iteration, pickling, equality and hashing
import pickle
import sys

M = 2 ** 63
r = range(0, sys.maxsize, 2)
print(len(r), r[-1], r[1:3], list(r[:3]), next(iter(r)), 10 in r, 11 in r)
print(len(range(-sys.maxsize, sys.maxsize, 2 ** 40)), len(range(sys.maxsize)))
try:
    len(range(-sys.maxsize, sys.maxsize))
except OverflowError as e:
    print("OverflowError", e)
b = range(M - 3, M + 3)
print(b, b.start, b.stop, b.step, list(b), b[::2], b[::-2], b.index(M), b.count(M + 5))
print(list(reversed(range(1, 10, 3))), list(reversed(range(M, M + 3))))
for t in [(13,), (M - 3, M - 1), (4 * M, 4 * M + 2), (-M + 1, -M, -2), (1, M - 1, M - 1)]:
    it = iter(range(*t))
    next(it, None)
    print(t, list(pickle.loads(pickle.dumps(it))), pickle.loads(pickle.dumps(range(*t))) == range(*t))
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), hash(range(0, 3, 2)) == hash(range(0, 4, 2)))
print(hash(range(M, M + 1)) == hash(range(M, M + 10, 20)), range(M, M + 1) == range(M, M + 10, 20))
it = iter(range(2 ** 32 + 2))
it.__setstate__(2 ** 32 + 1)
print(it.__reduce__()[2], list(it), it.__length_hint__())
class C3(int):
    def __eq__(self, other):
        return True
print(C3(11) in range(10), range(10).index(C3(11)), range(10).count(C3(11)))
