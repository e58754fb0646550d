"""asyncio producer/consumer with a bounded queue, TaskGroup, timeouts and cancellation."""
import asyncio


class Ticker:
    """An async iterator over a fixed number of ticks."""
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append(f"open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else None})")
        return et is KeyError


async def producer(q, n, log):
    async for t in Ticker(n):
        await q.put(t)
        log.append(f"put {t}")
    await q.put(None)


async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * item)
        q.task_done()
    q.task_done()


async def slow(x):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"slow({x}) cancelled")
        raise


async def failing(x, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(f"failing {x}")


async def main():
    log, out = [], []
    q = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(q, 5, log))
        tg.create_task(consumer(q, out))
    print("squares:", out)
    print("log:", log)
    print("queue empty:", q.empty(), q.qsize())

    async with Resource("db", log) as r:
        raise KeyError("suppressed")
    try:
        async with Resource("net", log):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("escaped:", e)
    print(log[-4:])

    try:
        async with asyncio.timeout(0.01):
            await slow(1)
    except TimeoutError as e:
        print("timeout:", type(e).__name__, repr(e.__cause__)[:14])

    try:
        await asyncio.wait_for(slow(2), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(3))
            tg.create_task(failing("a"))
            tg.create_task(failing("b"))
    except* ValueError as eg:
        print("group:", sorted(str(e) for e in eg.exceptions))

    t = asyncio.create_task(slow(4), name="sleeper")
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args, t.cancelled(), t.get_name())

    results = await asyncio.gather(failing("g", 0), asyncio.sleep(0, "fine"), return_exceptions=True)
    print([repr(r) for r in results])

    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, i)) for i in range(3)])
    print(sorted(d.result() for d in done), len(pending))

    sem = asyncio.Semaphore(2)
    active, peak = 0, 0

    async def worker(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
            return i

    print(await asyncio.gather(*(worker(i) for i in range(5))), "peak", peak)
    shielded = asyncio.ensure_future(asyncio.sleep(0.001, "shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), 0)
    except TimeoutError:
        print("shield outer timed out; inner:", await shielded)


asyncio.run(main())
