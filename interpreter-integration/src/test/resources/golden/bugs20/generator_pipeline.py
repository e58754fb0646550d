# Log processing as a generator pipeline: yield from, send, throw, close, generator expressions, iterator classes.
import itertools

LINES = """\
2026-12-01 INFO  start service=api
2026-12-01 WARN  slow request ms=812
2026-12-01 ERROR db timeout ms=3000
2026-12-02 INFO  request ms=35
2026-12-02 INFO  request ms=41
2026-12-02 ERROR disk full
2026-12-03 INFO  stop service=api
""".splitlines()

def read(lines):
    for n, line in enumerate(lines, 1):
        yield n, line

def parse(records):
    for n, line in records:
        date, level, *rest = line.split(None, 2)
        msg = rest[0] if rest else ""
        fields = dict(kv.split("=", 1) for kv in msg.split() if "=" in kv)
        yield {"n": n, "date": date, "level": level, "msg": msg, **fields}

def only(levels, records):
    return (r for r in records if r["level"] in levels)

def chunked(it, size):
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk

for r in only({"ERROR", "WARN"}, parse(read(LINES))):
    print(f"{r['n']:>2} {r['level']:<5} {r['msg']!r} ms={r.get('ms', '-')}")
print([len(c) for c in chunked(LINES, 3)])

def averager():
    total, count, avg = 0.0, 0, None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count, avg

avg = averager()
next(avg)
for ms in (int(r["ms"]) for r in parse(read(LINES)) if "ms" in r):
    print("avg now", avg.send(ms))
print("after throw:", avg.throw(ValueError("manual")))
print(avg.send(10))
try:
    avg.send(None)
except StopIteration as e:
    print("finished with", e.value)

def delegator():
    result = yield from averager()
    print("  delegate got", result)
    yield "done"

d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))

def counter():
    try:
        for i in itertools.count():
            yield i
    finally:
        print("  counter closed")
c = counter()
print(next(c), next(c))
c.close()
print(list(c))

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

print(list(Countdown(5)), list(reversed(Countdown(3))), list(Fib(100)), sum(Fib(1000)))
print(list(zip(Countdown(3), Fib(10), "xyz")), dict(enumerate("ab", start=1)), 3 in Countdown(5))
g = (x * x for x in range(5))
print(next(g), list(g), list(g))
gen = read(["a"])
print(type(gen).__name__, gen.gi_running, iter(gen) is gen)
def gen_with_return():
    yield 1
    return "ret"
print(list(gen_with_return()), [x for x in map(str.upper, "ab")], any(x > 3 for x in Fib(10)), all([]))
nested = [[1, 2], [3], [], [4, 5, 6]]
print([x for sub in nested for x in sub if x % 2 == 0], {x % 3: x for x in range(10)}, {len(s) for s in nested})
it = iter([1, 2, 3])
print(next(it), next(it, "dflt"), next(it), next(it, "dflt"))
sentinel_iter = iter(iter([3, 2, 1, 0, 5]).__next__, 0)
print(list(sentinel_iter))
