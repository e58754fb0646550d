import functools
from functools import reduce, partial, lru_cache
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(max, [3, 9, 2], 0), reduce(lambda a, b: a * b, [], 1))
int2 = partial(int, base=2)
print(int2("1010"), int2("11"), int2.func is int, int2.keywords)
def power(base, exp): return base ** exp
square = partial(power, exp=2)
print(square(7), partial(power, 2)(10))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=2)
def ident(x): return x
for v in [1, 2, 1, 3, 1]:
    ident(v)
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info())
print(functools.cmp_to_key(lambda a, b: b - a) is not None, sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
