"""functools.lru_cache and cached_property used from many threads; a lazily built singleton with
double-checked locking; a memo dict guarded by `with atomic:`."""
import functools
import threading

try:
    atomic
except NameError:
    atomic = threading.RLock()


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=32)
def square(n):
    return n * n


def worker(k):
    for n in range(k, 200, 3):
        assert fib(n) == fib(n - 1) + fib(n - 2) if n > 1 else True
        square(n % 40)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('fib', fib(150), fib.cache_info().currsize)
info = square.cache_info()
print('square', info.maxsize, info.currsize, info.hits + info.misses)
fib.cache_clear()
print('cleared', fib.cache_info().currsize)


class Config:
    builds = 0

    @functools.cached_property
    def table(self):
        Config.builds += 1
        return {i: i * i for i in range(100)}


cfg = Config()
got = []
glock = threading.Lock()


def reader():
    v = cfg.table[7]
    with glock:
        got.append(v)


ts = [threading.Thread(target=reader) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('cached_property', got, 'table' in cfg.__dict__, Config.builds >= 1)


class Registry:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    inst = super().__new__(cls)
                    inst.entries = {}
                    cls.created += 1
                    cls._instance = inst
        return cls._instance


def register(k):
    reg = Registry()
    with atomic:
        reg.entries[k] = reg.entries.get(k, 0) + 1


ts = [threading.Thread(target=register, args=(k % 4,)) for k in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('singleton', Registry.created, sorted(Registry().entries.items()))

memo = {}


def memo_fact(n):
    with atomic:
        if n in memo:
            return memo[n]
    r = 1 if n < 2 else n * memo_fact(n - 1)
    with atomic:
        memo[n] = r
    return r


ts = [threading.Thread(target=memo_fact, args=(n,)) for n in (30, 50, 40, 60)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('memo', len(memo), memo[60] % 1000003)
print(functools.reduce(lambda a, b: a ^ b, (memo[i] % 65536 for i in range(1, 61))))
