"""`with atomic:` for counters, shared dict/list/set updates, nested blocks and exceptions leaving a block
(effects made before the raise are kept, as with a lock under CPython)."""
import threading

try:
    atomic
except NameError:
    atomic = threading.RLock()

counter = 0
tally = {}
log = []
seen = set()
pairs = []


def bump(key):
    global counter
    with atomic:
        counter += 1
        tally[key] = tally.get(key, 0) + 1
        with atomic:                       # nested: same block
            seen.add(key % 17)
            log.append(key)


def worker(wid):
    for i in range(300):
        bump(wid * 1000 + i % 50)
        with atomic:
            # two appends that must stay adjacent
            pairs.append(('open', wid))
            pairs.append(('close', wid))


ts = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('counter', counter, 'keys', len(tally), 'sum', sum(tally.values()))
print('seen', sorted(seen))
print('log', len(log), sum(log))
adjacent = all(pairs[i][0] == 'open' and pairs[i + 1] == ('close', pairs[i][1]) for i in range(0, len(pairs), 2))
print('pairs adjacent', adjacent, len(pairs))


class Insufficient(Exception):
    pass


balances = {'a': 100, 'b': 0, 'c': 50}


def transfer(src, dst, amount):
    with atomic:
        balances[src] -= amount
        if balances[src] < 0:
            balances[src] += amount       # undo by hand, then raise
            raise Insufficient('%s has %d' % (src, balances[src]))
        balances[dst] += amount


errors = []
elock = threading.Lock()


def mover(seed):
    x = seed
    for _ in range(200):
        x = (x * 69069 + 1) % 2 ** 32
        names = 'abc'
        s, d = names[x % 3], names[(x >> 4) % 3]
        if s == d:
            continue
        try:
            transfer(s, d, x % 40 + 1)
        except Insufficient:
            with elock:
                errors.append(s)


ts = [threading.Thread(target=mover, args=(s,)) for s in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('total kept', sum(balances.values()), 'non-negative', all(v >= 0 for v in balances.values()))
print('some insufficient', len(errors) > 0)

# an exception leaving a block: the writes before it stay
state = []
try:
    with atomic:
        state.append(1)
        with atomic:
            state.append(2)
            raise ValueError('inner')
except ValueError as e:
    print('caught', e, state)
try:
    with atomic:
        state.append(3)
        try:
            with atomic:
                state.append(4)
                1 / 0
        except ZeroDivisionError:
            state.append('handled')
        state.append(5)
except Exception:
    print('not reached')
print('state', state)


def gen_in_atomic(n):
    for i in range(n):
        with atomic:
            yield i * i


print('gen', list(gen_in_atomic(5)))
