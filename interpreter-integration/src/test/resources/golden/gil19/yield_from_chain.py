# Resuming a generator suspended in a chain of yield from: values, sent values, return values, exceptions,
# the exception state, gi_yieldfrom, re-entry, the recursion limit, threads and tracing through the levels.
import sys
import threading


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


t = build(0, 50)
print(list(t) == list(range(50)), sum(t), sum(x for x in t if x % 3 == 0))
print([x * 2 for x in build(0, 7)])


def echo(depth):
    # each level sends on what it gets; the leaf answers with what was sent
    if depth == 0:
        got = yield "start"
        while got != "stop":
            got = yield "leaf got %r" % (got,)
        return "leaf done"
    r = yield from echo(depth - 1)
    return "%d<-%s" % (depth, r)


g = echo(6)
print(next(g))
print(g.send(1), g.send("two"), g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)


def counting(depth, log):
    if depth == 0:
        try:
            for i in range(3):
                yield i
        finally:
            log.append("leaf closed")
        return "end"
    try:
        r = yield from counting(depth - 1, log)
        log.append("level %d got %s" % (depth, r))
        yield r + str(depth)
        return r + str(depth)
    except ValueError as e:
        log.append("level %d caught %s" % (depth, e))
        yield "recovered %d" % depth
        return "r%d" % depth
    finally:
        log.append("level %d finally" % depth)


log = []
g = counting(4, log)
print(next(g), next(g), g.throw(ValueError("boom")), log)
g.close()
print(log)
log = []
print(list(counting(3, log)), log)
log = []
g = counting(3, log)
print(next(g), next(g))
g.close()
print(log)


def with_state(depth):
    if depth == 0:
        yield sys.exc_info()[0]
        try:
            raise KeyError("inner")
        except KeyError:
            yield sys.exc_info()[0]
            yield sys.exc_info()[0]
        yield sys.exc_info()[0]
        return
    yield from with_state(depth - 1)


g = with_state(3)
print(next(g))
try:
    raise IndexError("outer")
except IndexError:
    print(next(g), next(g))
    print(sys.exc_info()[0])
print(next(g), next(g, "done"))


def inner_gen():
    yield 1
    yield 2


def outer_gen():
    yield from inner_gen()


g = outer_gen()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_running, g.gi_running)
print(list(g), g.gi_yieldfrom)


def reenter():
    yield from mid()


def mid():
    yield 1
    yield next(h)


h = reenter()
print(next(h))
try:
    next(h)
except ValueError as e:
    print("ValueError", e)


def deep(n):
    if n == 0:
        yield "bottom"
        yield "again"
        return
    yield from deep(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(150)
g = deep(100)
print(next(g), next(g))
try:
    list(deep(400))
except RecursionError as e:
    print("RecursionError")
sys.setrecursionlimit(old)


def sub_done():
    return "early"
    yield


def uses_done():
    r = yield from sub_done()
    yield r
    r = yield from sub_done()
    yield r + "2"


print(list(uses_done()))

g = deep(20)
print(next(g))
out = []
th = threading.Thread(target=lambda: out.append(next(g)))
th.start()
th.join()
print(out, next(g, "finished"))


def traced_gen():
    yield from inner_gen()
    yield 3


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "inner_gen":  # (traced_gen's resume events: a known difference)
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


g = traced_gen()
sys.settrace(tracer)
vals = [next(g), next(g), next(g)]
sys.settrace(None)
print(vals)
for e in events:
    print(e)


class Awaitable:
    def __await__(self):
        got = yield "suspended"
        return got


async def leaf():
    return await Awaitable()


async def middle(n):
    if n == 0:
        return await leaf()
    return (await middle(n - 1)) + 1


c = middle(5)
print(c.send(None))
try:
    c.send(10)
except StopIteration as e:
    print("coroutine returned", e.value)
