# A generator created in one thread and resumed in others: its frame moves between threads, one at a time.
import threading


def gen():
    total = 0
    for i in range(10):
        got = yield i
        if got:
            total += got
    yield "total %d" % total


g = gen()
print(next(g))
results = []


def step(n):
    for _ in range(n):
        results.append(g.send(1))


t = threading.Thread(target=step, args=(3,))
t.start()
t.join()
t = threading.Thread(target=step, args=(4,))
t.start()
t.join()
print(results)
print(list(g))


def counter():
    n = 0
    while True:
        n += 1
        yield n


c = counter()
lock = threading.Lock()
seen = []


def take(k):
    for _ in range(100):
        with lock:
            seen.append(next(c))


ts = [threading.Thread(target=take, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(seen), sorted(seen) == list(range(1, 301)))
