# Coroutine objects driven by hand: send, throw, close, await on custom awaitables, return values.
import types


class Suspend:
    """An awaitable whose __await__ is a generator: it yields a request to the driver and returns the reply."""

    def __init__(self, request):
        self.request = request

    def __await__(self):
        reply = yield self.request
        return reply


class IterAwaitable:
    """__await__ returning a plain iterator object (not a generator)."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        return Steps(self.n)


class Steps:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i < self.n:
            self.i += 1
            return ("step", self.i)
        raise StopIteration(f"stepped {self.n}")


async def add(a, b):
    x = await Suspend(("need", a))
    y = await Suspend(("need", b))
    return x + y


async def compute():
    total = await add(1, 2)
    total += await add(10, 20)
    msg = await IterAwaitable(2)
    return total, msg


def run(coro):
    """A tiny driver: answers ("need", v) with v * 100 and anything else with None."""
    reply = None
    while True:
        try:
            req = coro.send(reply)
        except StopIteration as e:
            return e.value
        print("  request", req)
        reply = req[1] * 100 if req[0] == "need" else None


c = compute()
print(type(c).__name__, c.__qualname__ if hasattr(c, "__qualname__") else "compute")
print("result", run(c))


# throw() into a suspended coroutine, caught inside
async def careful():
    try:
        await Suspend("first")
    except ValueError as e:
        print("  caught inside:", e)
        return "recovered"


c = careful()
print(c.send(None))
try:
    c.throw(ValueError("bad"))
except StopIteration as e:
    print("finished with", e.value)


# close() runs finally blocks
async def with_cleanup():
    try:
        await Suspend("waiting")
    finally:
        print("  cleanup ran")


c = with_cleanup()
c.send(None)
c.close()
print("closed")

# a finished coroutine cannot be resumed again
async def quick():
    return 1


c = quick()
try:
    c.send(None)
except StopIteration as e:
    print("quick returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# coroutines are not iterable, and need None as the first value sent
c = quick()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()


# awaiting something that is not awaitable
async def bad_await():
    await 3


try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 5


async def bad_await2():
    await BadAwait()


try:
    bad_await2().send(None)
except TypeError as e:
    print("TypeError:", e)


# exceptions propagate through awaits with the traceback of every frame
async def inner():
    raise KeyError("deep")


async def middle():
    await inner()


async def outer():
    try:
        await middle()
    except KeyError as e:
        return f"outer caught {e!r}"


print(run(outer()))

# the coroutine's __await__ iterator
c = add(1, 2)
it = c.__await__()
print(next(it))
print(it.send(5))
try:
    it.send(6)
except StopIteration as e:
    print("via __await__:", e.value)

# recursion through await
async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)


print(run(fact(20)))


# yield from a user-defined iterator: its StopIteration value is the value of the expression (PEP 380),
# and throw() is forwarded to it
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

    def throw(self, exc):
        return f"iterator saw {exc!r}"


def delegator():
    result = yield from Countdown(2)
    yield f"result: {result}"
    yield from Countdown(5)


g = delegator()
print(next(g), next(g), next(g), next(g))
print(g.throw(ValueError("x")))
