"""Context managers and generators users write: a class-based timer-free transaction manager, contextlib
contextmanager/ExitStack/closing/redirect_stdout/suppress/nullcontext, generator pipelines with send/yield from."""
import contextlib
import io


class Transaction:
    log = []

    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        Transaction.log.append("begin")
        return self.store

    def __exit__(self, et, ev, tb):
        if et is None:
            Transaction.log.append("commit")
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        Transaction.log.append(f"rollback({et.__name__}: {ev})")
        return issubclass(et, KeyError)


store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
with Transaction(store) as s:
    s["c"] = 3
    raise KeyError("boom")
try:
    with Transaction(store) as s:
        s["d"] = 4
        raise ValueError("bad")
except ValueError:
    pass
print(store, Transaction.log)


@contextlib.contextmanager
def section(out, title):
    out.append(f"[{title}]")
    try:
        yield len(out)
    except ZeroDivisionError as e:
        out.append(f"handled {e}")
    else:
        out.append("clean")
    finally:
        out.append(f"[/{title}]")


out = []
with section(out, "one") as n:
    out.append(f"body {n}")
with section(out, "two"):
    1 / 0
print(out)

order = []
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(order.append, f"cb{i}")
    stack.enter_context(section(order, "in-stack"))
    moved = stack.pop_all()
order.append("after with")
moved.close()
print(order)


class Conn:
    def __init__(self, n):
        self.n = n
        self.closed = False

    def close(self):
        self.closed = True


with contextlib.closing(Conn(1)) as c:
    pass
print("closed:", c.closed)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("second", end="!")
print(repr(buf.getvalue()))
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
with contextlib.nullcontext(5) as v:
    print("null:", v)


def reader(lines):
    for ln in lines:
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            yield ln


def parse(items):
    for it in items:
        k, _, v = it.partition("=")
        yield k.strip(), v.strip()


def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (count, avg)
        total += x
        count += 1
        avg = total / count


def delegate(results):
    while True:
        res = yield from averager()
        results.append(res)


cfg = dict(parse(reader(["# comment", "a = 1", "", "b= two ", "c =3=4"])))
print(cfg)
results = []
d = delegate(results)
next(d)
for x in [10, 20, 30]:
    print("avg", d.send(x))
d.send(None)
for x in [1, 2]:
    d.send(x)
d.send(None)
print(results)


def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, (3, [4, 5])], [], 6])))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))


def countdown(n):
    while n > 0:
        got = yield n
        n = n - 1 if got is None else got


c = countdown(5)
print([next(c), c.send(2), next(c)], list(c))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 12)))
g = fib()
print(g.gi_running, g.gi_frame is not None, next(g), g.gi_frame.f_lineno > 0)
g.close()
print(g.gi_frame)
