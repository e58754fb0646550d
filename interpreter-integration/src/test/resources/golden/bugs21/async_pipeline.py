"""asyncio: a staged pipeline with queues, an asyncio.Lock around a shared counter, Event/Condition,
async generators and async context managers, TaskGroup and ExceptionGroup from failing tasks, timeouts."""
import asyncio
import contextlib


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        Resource.opened.append(self.name)
        return self

    async def __aexit__(self, et, ev, tb):
        Resource.opened.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


@contextlib.asynccontextmanager
async def tag(log, name):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")


async def stage(inq, outq, fn):
    while (item := await inq.get()) is not None:
        await outq.put(fn(item))
    await outq.put(None)


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    t1 = asyncio.create_task(stage(q1, q2, lambda x: x * x))
    t2 = asyncio.create_task(stage(q2, q3, lambda x: f"<{x:03d}>"))
    async for n in numbers(6):
        await q1.put(n)
    await q1.put(None)
    out = []
    while (v := await q3.get()) is not None:
        out.append(v)
    await asyncio.gather(t1, t2)
    print("pipeline:", out)

    lock = asyncio.Lock()
    total = 0

    async def add(k):
        nonlocal total
        for _ in range(k):
            async with lock:
                cur = total
                await asyncio.sleep(0)
                total = cur + 1

    await asyncio.gather(*(add(10) for _ in range(5)))
    print("total:", total, lock.locked())

    ev = asyncio.Event()
    cond = asyncio.Condition()
    items = []

    async def waiter(i):
        await ev.wait()
        async with cond:
            await cond.wait_for(lambda: len(items) > i)
            return items[i] * 10

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    for x in (1, 2, 3):
        async with cond:
            items.append(x)
            cond.notify_all()
        await asyncio.sleep(0)
    print("waiters:", await asyncio.gather(*ws))

    async with Resource("db") as r1, Resource("cache"):
        print("inside", r1.name)
    with contextlib.suppress(KeyError):
        async with Resource("bad"):
            raise KeyError("x")
    print(Resource.opened)

    log = []
    async with tag(log, "div") as t:
        async with tag(log, "span"):
            log.append(t)
    print("".join(log))

    go = asyncio.Event()

    async def fail(n):
        # both wake in one loop iteration (not on two timers, whose deadlines a slow step can separate)
        await go.wait()
        raise ValueError(f"task {n} failed")

    async def ok(n):
        await asyncio.sleep(0.001)
        return n

    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(ok(1))
            tg.create_task(fail(2))
            tg.create_task(fail(3))
            await a
            go.set()
    except* ValueError as eg:
        print("group:", sorted(str(e) for e in eg.exceptions), a.result())

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__)
    r = await asyncio.wait_for(ok(7), 1)
    print("in time:", r)
    agen = numbers(3)
    print(await anext(agen), await anext(agen), await anext(agen), await anext(agen, "end"))
    print([x async for x in numbers(4) if x % 2])


asyncio.run(main())
