from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext, AbstractContextManager
import itertools

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 12)))

def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
print(list(chunked(range(10), 3)))

def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return avg
        total += x
        count += 1
        avg = total / count
a = averager(); next(a)
print([a.send(v) for v in (10, 20, 30)])
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)

def delegator():
    r = yield from averager()
    yield f"got {r}"
d = delegator(); next(d); d.send(4); d.send(8)
print(d.send(None))

def tracked(name, log):
    log.append(f"start {name}")
    try:
        yield name
    except ValueError as e:
        log.append(f"caught {e}")
        yield "recovered"
    finally:
        log.append(f"end {name}")
log = []
g = tracked("g", log)
print(next(g), g.throw(ValueError("boom")))
g.close()
print(log)

@contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield len(out)
    except KeyError:
        out.append("!")
    finally:
        out.append(f"</{name}>")
out = []
with tag("a", out) as n1, tag("b", out) as n2:
    out.append(f"body {n1} {n2}")
with tag("c", out):
    raise KeyError("k")
print("".join(out))
try:
    with tag("d", out):
        raise IndexError("i")
except IndexError:
    print("propagated", out[-1])

with ExitStack() as st:
    fs = [st.enter_context(tag(str(i), out)) for i in range(3)]
    st.callback(print, "callback ran")
    print("inside", fs)
print(out[-3:])
with suppress(ZeroDivisionError, KeyError):
    {}["x"]
print("suppressed")
class Res:
    def close(self): print("closed Res")
with closing(Res()):
    pass
with nullcontext(5) as v:
    print("null", v)
class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a[0])
with CM() as c:
    print(type(c).__name__)
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.combinations_with_replacement("xyz", 2)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.takewhile(lambda x: x < 5, itertools.count(1, 2))), list(itertools.dropwhile(str.isdigit, "12ab3")))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
it1, it2 = itertools.tee(iter([1, 2, 3]))
print(list(it1), list(it2), list(itertools.repeat("z", 3)), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(sum(x * x for x in range(10) if x % 2), max((len(w), w) for w in "the quick brown".split()))
gen = (i for i in range(3))
print(next(gen), list(gen), next(gen, "done"))
def gen_ret():
    yield 1
    return "r"
print(list(gen_ret()))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer(); next(c); c.close(); print(c.gi_frame)
def bad():
    try:
        yield 1
    finally:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
