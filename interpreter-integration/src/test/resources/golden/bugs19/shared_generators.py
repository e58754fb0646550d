"""Generators and iterators shared by several threads behind a lock; itertools iterators handed between threads."""
import itertools
import threading


def numbers(n):
    for i in range(n):
        yield i


class LockedIter:
    def __init__(self, it):
        self.it = iter(it)
        self.lock = threading.Lock()

    def __iter__(self):
        return self

    def __next__(self):
        with self.lock:
            return next(self.it)


def drain(it, out):
    for x in it:
        out.append(x)


def run(source, n_threads=4):
    outs = [[] for _ in range(n_threads)]
    ts = [threading.Thread(target=drain, args=(source, outs[i])) for i in range(n_threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    merged = sorted(x for o in outs for x in o)
    return merged, all(o == sorted(o) for o in outs)


m, ordered = run(LockedIter(numbers(500)))
print('generator', m == list(range(500)), ordered)
m, ordered = run(LockedIter(itertools.islice(itertools.count(10, 3), 200)))
print('count/islice', m == list(range(10, 610, 3)), ordered)
m, ordered = run(LockedIter(map(lambda x: x * x, range(300))))
print('map', m == [x * x for x in range(300)], ordered)
m, ordered = run(LockedIter(zip(range(100), itertools.cycle('ab'))))
print('zip/cycle', len(m), m[:3], ordered)
m, ordered = run(LockedIter(itertools.chain.from_iterable([range(i) for i in range(20)])))
print('chain', len(m), sum(m))
# a generator running in two threads at once raises ValueError in one of them
gate = threading.Event()
go_on = threading.Event()


def slow_gen():
    gate.set()
    go_on.wait(30)
    yield 1


g = slow_gen()
res = []


def first():
    res.append(('first', next(g)))


t = threading.Thread(target=first)
t.start()
gate.wait(30)
try:
    next(g)
except ValueError as e:
    res.append(('second', str(e)))
go_on.set()
t.join()
print(sorted(res))


# a generator pipeline whose stages are driven by different threads, one stage at a time
def stage_a():
    for i in range(50):
        yield i


def stage_b(src):
    for x in src:
        if x % 3:
            yield x * 10


def stage_c(src):
    total = 0
    for x in src:
        total += x
        yield total


pipe = stage_c(stage_b(stage_a()))
chunks = []
for k in range(5):
    t = threading.Thread(target=lambda: chunks.append(list(itertools.islice(pipe, 7))))
    t.start()
    t.join()
print([len(c) for c in chunks], chunks[-1][-1])
print('rest', list(pipe)[-1:])

# send() into a coroutine-like generator from many threads (serialised by a lock)
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


acc = accumulator()
next(acc)
alock = threading.Lock()


def sender(k):
    for i in range(100):
        with alock:
            acc.send(k)


ts = [threading.Thread(target=sender, args=(k,)) for k in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
try:
    acc.send(None)
except StopIteration as e:
    print('accumulated', e.value)
print('gen state', g.gi_running, g.gi_frame is None)
