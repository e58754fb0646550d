# Nested `with atomic:` across function calls, in several threads, with exceptions crossing inner blocks,
# and atomic around the use of generators (a shared generator advanced inside atomic blocks).
try:
    atomic
except NameError:
    import threading
    atomic = threading.RLock()
import threading

counter = {"n": 0, "inner": 0, "errors": 0}


def inner(k):
    with atomic:
        counter["inner"] += 1
        if k % 10 == 9:
            raise ValueError(k)


def outer(k):
    with atomic:
        counter["n"] += 1
        try:
            inner(k)
        except ValueError:
            counter["errors"] += 1
        with atomic:
            with atomic:
                counter["n"] += 1


def work(base):
    for k in range(base, base + 300):
        outer(k)


ts = [threading.Thread(target=work, args=(300 * i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)


def numbers():
    i = 0
    while True:
        yield i
        i += 1


gen = numbers()
taken = [[] for _ in range(4)]


def consume(k):
    for _ in range(250):
        with atomic:
            taken[k].append(next(gen))


ts = [threading.Thread(target=consume, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allv = sorted(v for lst in taken for v in lst)
print("shared generator:", allv == list(range(1000)), all(lst == sorted(lst) for lst in taken))


def squares(n):
    for i in range(n):
        with atomic:
            yield i * i


out = []


def use_gen(k):
    s = 0
    for v in squares(100):
        with atomic:
            s += v
    with atomic:
        out.append((k, s))


ts = [threading.Thread(target=use_gen, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("generators yielding inside atomic:", sorted(out))
with atomic:
    g = (x * 2 for x in range(5))
    print("genexpr inside atomic:", list(g), sum(x for x in range(10)))
