import asyncio

async def producer(q, n, name):
    for i in range(n):
        await q.put((name, i))
        await asyncio.sleep(0)
    return f"{name} done"

async def consumer(q, results):
    while True:
        item = await q.get()
        try:
            if item is None:
                return
            results.append(item)
        finally:
            q.task_done()

async def slow(x, delay):
    await asyncio.sleep(delay)
    return x * 10

async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")

async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    cons = [asyncio.create_task(consumer(q, results)) for _ in range(2)]
    prods = await asyncio.gather(producer(q, 4, "a"), producer(q, 3, "b"))
    print(prods)
    await q.join()
    for _ in cons:
        await q.put(None)
    await asyncio.gather(*cons)
    print(sorted(results))
    try:
        await asyncio.wait_for(slow(1, 1.0), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(slow(2, 0), timeout=1))
    res = await asyncio.gather(slow(3, 0), failing(1), return_exceptions=True)
    print(res[0], type(res[1]).__name__, res[1])
    t = asyncio.create_task(slow(4, 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(slow(i, 0.001 * i)) for i in range(3)],
                                      return_when=asyncio.ALL_COMPLETED)
    print(sorted(d.result() for d in done), len(pending))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(2))
            tg.create_task(failing(3))
    except* ValueError as eg:
        print("group", sorted(str(e) for e in eg.exceptions))
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(10)))
    print("counter", counter)
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*ws))
    async def agen(n):
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen(4)])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "soon")
    print(await fut)

asyncio.run(main())
