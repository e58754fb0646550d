# Async generators and async comprehensions, driven without asyncio.


class Tick:
    def __await__(self):
        yield "tick"


async def countdown(n):
    while n > 0:
        await Tick()
        yield n
        n -= 1


async def squares(agen):
    async for x in agen:
        yield x * x


async def main():
    out = []
    async for v in countdown(3):
        out.append(v)
    print("countdown", out)
    print("squares", [x async for x in squares(countdown(4))])
    print("filtered", [x async for x in countdown(6) if x % 2 == 0])
    print("set", {x % 2 async for x in countdown(5)})
    print("dict", {x: -x async for x in countdown(2)})
    print("awaits in comprehension", [await double(x) for x in range(3)])
    print("nested", [[y async for y in countdown(x)] for x in range(3)])
    g = (x + 1 async for x in countdown(3))
    print(type(g).__name__, [v async for v in g])

    agen = countdown(5)
    print(type(agen).__name__)
    print("anext", await agen.__anext__(), await agen.__anext__())
    print("asend", await agen.asend(None))
    await agen.aclose()
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")

    agen = echo()
    print(await agen.__anext__())
    print(await agen.asend("hello"))
    print(await agen.asend("world"))
    try:
        print(await agen.athrow(ValueError("oops")))
    except StopAsyncIteration:
        print("echo stopped")
    return "main done"


async def double(x):
    await Tick()
    return 2 * x


async def echo():
    received = yield "ready"
    try:
        while True:
            received = yield f"echo {received}"
    except ValueError as e:
        yield f"got {e}"


async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  async generator finalised")


async def early_break():
    agen = with_finally()
    async for v in agen:
        print("  first value", v)
        break
    await agen.aclose()
    return "broke out"


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            print("(ticks: %d)" % ticks)
            return e.value


print(run(main()))
print(run(early_break()))


# async for over an object without __aiter__, and an __anext__ that returns a non-awaitable
class NotAsync:
    pass


class BadNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


async def loop_over(obj):
    async for _ in obj:
        pass


for obj in [NotAsync(), [1, 2], BadNext()]:
    try:
        run(loop_over(obj))
    except TypeError as e:
        print("TypeError:", e)
