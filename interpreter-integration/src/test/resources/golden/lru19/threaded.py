# Threads hammering one lru_cache: exact counts (hits + misses = calls), right results, no exception; prints
# only facts that do not depend on the interleaving.
import threading
from functools import lru_cache

NTHREADS = 4
CALLS = 3000


def square(x):
    return x * x


def pair(a, b=0):
    return (a, b)


caches = {
    'none': lru_cache(maxsize=None)(square),
    'zero': lru_cache(maxsize=0)(square),
    'small': lru_cache(maxsize=16)(square),
    'big': lru_cache(maxsize=128)(square),
    'typed': lru_cache(maxsize=64, typed=True)(pair),
}


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=8)
def fib8(n):
    return n if n < 2 else fib8(n - 1) + fib8(n - 2)


errors = []
wrong = []


def worker(tid):
    try:
        for i in range(CALLS):
            k = (i * 7 + tid * 13) % 200
            for name in ('none', 'zero', 'small', 'big'):
                if caches[name](k) != k * k:
                    wrong.append((name, k))
            if caches['typed'](k % 50, b=tid % 2) != (k % 50, tid % 2):
                wrong.append(('typed', k))
            if i % 100 == 0:
                if fib(i // 10) != fib_ref[i // 10] or fib8(i // 10 % 40) != fib_ref[i // 10 % 40]:
                    wrong.append(('fib', i))
    except Exception as e:  # pragma: no cover - printed below
        errors.append(repr(e))


fib_ref = [0, 1]
while len(fib_ref) < 400:
    fib_ref.append(fib_ref[-1] + fib_ref[-2])

threads = [threading.Thread(target=worker, args=(t,)) for t in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print('errors', errors)
print('wrong', wrong)
total = NTHREADS * CALLS
for name in ('none', 'zero', 'small', 'big', 'typed'):
    info = caches[name].cache_info()
    print(name, info.hits + info.misses == total, info.maxsize, info.currsize)
zi = caches['zero'].cache_info()
print('zero', zi.hits, zi.misses)
ni = caches['none'].cache_info()
print('none misses >= 200', ni.misses >= 200)
fi = fib.cache_info()
print('fib', fi.currsize, fib(300) == fib_ref[300])
print('fib8', fib8.cache_info().currsize, fib8.cache_info().maxsize)

# cache_clear racing with calls: counts restart from zero, never go negative, nothing raises
stop = []


def clearer():
    for _ in range(50):
        caches['big'].cache_clear()


def caller():
    try:
        for i in range(2000):
            caches['big'](i % 300)
    except Exception as e:  # pragma: no cover
        errors.append(repr(e))


ts = [threading.Thread(target=caller) for _ in range(2)] + [threading.Thread(target=clearer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
bi = caches['big'].cache_info()
print('after clear race', errors, bi.hits >= 0, bi.misses >= 0, bi.hits + bi.misses <= 4000, bi.currsize <= 128)
caches['big'].cache_clear()
print(caches['big'].cache_info())
