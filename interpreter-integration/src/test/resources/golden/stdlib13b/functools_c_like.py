# functools' accelerator functions behave as built-ins; lru_cache hashing; attributes of wrappers
import copy
import functools


class Holder:
    reduce = functools.reduce
    cmp_to_key = functools.cmp_to_key


h = Holder()
print(h.reduce(lambda a, b: a * b, [1, 2, 3, 4]), Holder.reduce(max, [3, 9, 2], 0))
print(sorted([3, 1, 2], key=h.cmp_to_key(lambda a, b: b - a)))
print(functools.reduce.__module__, functools.reduce.__name__)


class Hashy:
    calls = 0

    def __hash__(self):
        Hashy.calls += 1
        return 7

    def __eq__(self, other):
        return self is other


@functools.lru_cache(maxsize=2)
def f(x, y):
    return y


k = Hashy()
f(k, 1)
f(k, 1)
print(Hashy.calls, f.cache_info())
try:
    functools.lru_cache(maxsize=None)(lambda o: o)([])
except TypeError as e:
    print("TypeError", e)
p = functools.partial(max, 1, key=abs)
p.attr = [1]
for q in (copy.copy(p), copy.deepcopy(p)):
    print(q(-5, 3), q.attr, q.attr is p.attr)


class Plain:
    pass


o = Plain()
o.a = 1
o.__dict__ = {"b": 2}
print(hasattr(o, "a"), o.b, o.__dict__)
try:
    o.__dict__ = 5
except TypeError as e:
    print(e)


def doc_me(x: int) -> str:
    "The docstring."


for w in (classmethod(doc_me), staticmethod(doc_me)):
    print(w.__doc__, w.__name__, w.__qualname__, w.__wrapped__ is doc_me, w.__annotations__)


class C:
    def m(self):
        "m's doc"

    @classmethod
    def c(cls):
        "c's doc"


print(C().m.__doc__, C.c.__doc__)
cp = functools.cached_property(lambda self: 1)
try:
    class Twice:
        a = cp
        b = cp
except RuntimeError as e:
    print(e, "|", type(e.__cause__).__name__, e.__cause__)
