"""Generator-based coroutines: send/throw/close, yield from delegation, return values, itertools recipes."""
import itertools
from collections import deque
from functools import reduce


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print(f"  averager reset ({e})")
            total = count = 0
            avg = None
            continue
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


def grouper():
    results = {}
    while True:
        key = yield
        if key is None:
            return results
        results[key] = yield from averager()


g = averager()
next(g)
print([g.send(v) for v in (10, 20, 30)])
print(g.throw(ValueError("bad data")))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

data = {"a": [1, 2, 3], "b": [10, 0]}
grp = grouper()
next(grp)
for key, vals in data.items():
    grp.send(key)
    for v in vals:
        grp.send(v)
    grp.send(None)
try:
    grp.send(None)
except StopIteration as e:
    print("grouped", e.value)


def closing_gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  cleanup on close")
        raise
    finally:
        print("  finally")


cg = closing_gen()
print(next(cg))
cg.close()
print(cg.gi_frame is None, list(cg))


def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


bc = bad_close()
next(bc)
try:
    bc.close()
except RuntimeError as e:
    print(e)


def take(n, it):
    return list(itertools.islice(it, n))


def sliding(it, n):
    win = deque(maxlen=n)
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)


def primes():
    yield 2
    composites = {}
    for n in itertools.count(3, 2):
        p = composites.pop(n, None)
        if p is None:
            composites[n * n] = n
            yield n
        else:
            m = n + 2 * p
            while m in composites:
                m += 2 * p
            composites[m] = p


def roundrobin(*its):
    nexts = itertools.cycle(iter(i).__next__ for i in its)
    pending = len(its)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = itertools.cycle(itertools.islice(nexts, pending))


print(take(12, primes()), list(sliding(range(6), 3)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(itertools.pairwise("abcd")), list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b, initial=10)))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.starmap(divmod, [(7, 2), (9, 4)])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.combinations_with_replacement("ab", 2)), len(list(itertools.permutations(range(4), 2))))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]), list(itertools.filterfalse(str.isdigit, "a1b2")))
gen = (x * x for x in range(3))
print(next(gen), list(gen), next(gen, "exhausted"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.takewhile(lambda x: x < 100, fib())), sum(itertools.islice(fib(), 50)))
it = iter(range(3))
print(list(zip(it, it)), list(map(lambda *a: a, "ab", "xyz")))
running = fib()
print(running.__name__, running.__qualname__, type(running).__name__, running.gi_running)
