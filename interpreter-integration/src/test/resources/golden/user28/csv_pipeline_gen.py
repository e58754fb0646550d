"""Generator pipelines and context managers processing sensor readings."""
import contextlib
import time
from itertools import islice, count


class Timer(contextlib.ContextDecorator):
    def __init__(self, label, log):
        self.label = label
        self.log = log

    def __enter__(self):
        self.log.append(f"enter {self.label}")
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.label} exc={exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield n, line


def parse(lines):
    for n, line in lines:
        sensor, value = line.split(",")
        try:
            yield sensor.strip(), float(value)
        except ValueError:
            print(f"  skip line {n}: {value.strip()!r}")


def moving_average(pairs, window=3):
    buf = {}
    for sensor, value in pairs:
        vals = buf.setdefault(sensor, [])
        vals.append(value)
        del vals[:-window]
        yield sensor, value, sum(vals) / len(vals)


def averager():
    total, n, avg = 0.0, 0, None
    while True:
        try:
            value = yield avg
        except GeneratorExit:
            print("  averager closed at", n)
            raise
        if value is None:
            return total
        total += value
        n += 1
        avg = total / n


def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def delegator():
    result = yield from averager()
    print("  delegated total", result)
    yield "after"


DATA = """# sensor, value
a, 1.5
b, 20
a, 2.5
a, x
b, 22
a, 3.0
b, 19.5
a, 10
"""
log = []
with Timer("pipeline", log) as t:
    for sensor, value, avg in moving_average(parse(read_lines(DATA))):
        print(f"{sensor} {value:6.2f} avg={avg:.3f}")
print(log, type(t).__name__)

co = averager()
print(next(co), co.send(10), co.send(20), co.send(0))
co.close()
d = delegator()
next(d)
d.send(4)
d.send(6)
print(d.send(None))
print(list(flatten([1, [2, (3, [4, 5])], [], 6])))
print(list(islice((x * x for x in count(1) if x % 3), 6)))


@Timer("decorated", log)
def lookup(key):
    return {"a": 1}[key]


log.clear()
print(lookup("a"), lookup("zz"), log)

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(Timer(f"t{i}", log)).label for i in range(3)]
    stack.callback(print, "callback ran")
    print(names)
print(log[-3:])
with contextlib.suppress(ZeroDivisionError):
    print("before")
    1 / 0
print("suppressed")


@contextlib.contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception as e:
        store.clear()
        store.update(snapshot)
        print("  rolled back:", repr(e))
        raise
    else:
        print("  committed", sorted(store.items()))


store = {"x": 1}
with transaction(store) as s:
    s["y"] = 2
try:
    with transaction(store) as s:
        s["z"] = 3
        raise RuntimeError("boom")
except RuntimeError:
    pass
print(store)
g = (i for i in range(3))
print(next(g), list(g), next(g, "done"))
gen = read_lines("x")
print(gen.__name__, gen.__qualname__, gen.gi_running, gen.gi_frame is not None)
