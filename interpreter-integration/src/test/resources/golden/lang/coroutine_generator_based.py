# Generator-based coroutines: types.coroutine, __await__ generators, and driving coroutines by hand
import types

@types.coroutine
def suspend(value):
    received = yield value
    return received

async def worker(name):
    a = await suspend(name + ":first")
    b = await suspend(name + ":second")
    return a + b

def run(coro):
    """A tiny event loop: sends back what each suspension yielded, upper-cased."""
    value = None
    steps = []
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as stop:
            return steps, stop.value
        steps.append(yielded)
        value = yielded.upper()

print(run(worker("w")))
print(bool(suspend.__code__.co_flags & 0x100), bool(suspend.__code__.co_flags & 0x80))

def plain():
    yield 1
print(types.coroutine(plain) is plain, bool(plain.__code__.co_flags & 0x100))

class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        yield self
        return self.result

async def uses_future():
    f = Future()
    f.result = "resolved"
    return await f

c = uses_future()
f = c.send(None)
print(type(f).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)

# a function returning a generator object is wrapped so that it can be awaited
def returns_gen():
    def g():
        x = yield "from wrapped"
        return x * 2
    return g()
wrapped = types.coroutine(returns_gen)
async def awaits_wrapped():
    return await wrapped()
c = awaits_wrapped()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("wrapped result:", e.value)

# throw and close reach the suspended generator-based coroutine
@types.coroutine
def guarded():
    try:
        yield "waiting"
    except KeyError as e:
        yield "caught " + repr(e)
    finally:
        print("guarded finally")

async def outer():
    await guarded()
c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
c.close()

# awaiting a plain generator is an error; so is a non-callable in types.coroutine
def not_coro():
    yield
async def bad():
    await not_coro()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError:", e)
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
