# CPython's collections, functools, itertools and operator
import collections
import functools
import itertools
import operator

c = collections.Counter("mississippi")
print(c.most_common(2), c["s"], sorted(c.elements())[:4])
d = collections.defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(dict(d))
od = collections.OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od))
Pt = collections.namedtuple("Pt", "x y", defaults=[0])
print(Pt(1), Pt(1, 2)._replace(x=9), Pt._fields, Pt(3)._asdict())
dq = collections.deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
print(dq, dq.maxlen)
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info().hits > 0)
print(functools.reduce(operator.mul, range(1, 8)))
inc = functools.partial(operator.add, 1)
print(inc(41), list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2))


@functools.singledispatch
def show(x):
    return "obj"


@show.register
def _(x: int):
    return "int"


print(show(1), show("s"))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.combinations("abc", 2)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabbc")])
