"""An async job scheduler: async generators with aclose, Queue.join, as_completed, Event/Condition, timeouts."""
import asyncio


async def numbers(limit, log):
    try:
        for i in range(limit):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append(f"numbers({limit}) closed")


async def squares(source):
    async for n in source:
        yield n * n


async def job(name, delay, fail=False):
    for _ in range(int(delay * 100)):
        await asyncio.sleep(0)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    log = []
    agen = numbers(100, log)
    got = []
    async for sq in squares(agen):
        got.append(sq)
        if sq > 10:
            break
    await agen.aclose()
    print(got, log)
    print([x async for x in numbers(3, log) if x != 1], log[-1])
    ag = numbers(5, log)
    print(await ag.__anext__(), await ag.asend(None), await anext(ag), await anext(numbers(0, log), "empty"))
    try:
        await ag.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow ->", e, log[-1])
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("exhausted")

    q = asyncio.Queue()
    processed = []

    async def worker(wid):
        while True:
            item = await q.get()
            try:
                await asyncio.sleep(0.001 * (item % 3))
                processed.append(item)
            finally:
                q.task_done()

    workers = [asyncio.create_task(worker(i)) for i in range(3)]
    for i in range(9):
        q.put_nowait(i)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(processed), [type(r).__name__ for r in res])

    tasks = [job("a", 0.03), job("b", 0.01), job("c", 0.02, fail=True)]
    order = []
    for fut in asyncio.as_completed(tasks):
        try:
            order.append(await fut)
        except RuntimeError as e:
            order.append(str(e))
    print(order)

    ev = asyncio.Event()
    cond = asyncio.Condition()
    state = {"ready": 0}

    async def waiter(i):
        await ev.wait()
        async with cond:
            await cond.wait_for(lambda: state["ready"] >= i)
            return i

    ws = [asyncio.create_task(waiter(i)) for i in range(1, 4)]
    await asyncio.sleep(0)
    ev.set()
    for _ in range(3):
        async with cond:
            state["ready"] += 1
            cond.notify_all()
        await asyncio.sleep(0)
    print(await asyncio.gather(*ws), ev.is_set())

    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        await asyncio.sleep(0)
    print("rescheduled ok", cm.expired())
    r = await asyncio.wait_for(job("quick", 0), timeout=1)
    print(r)
    done, pending = await asyncio.wait([asyncio.create_task(job("x", 0)), asyncio.create_task(job("y", 5))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, pow, 2, 10))


asyncio.run(main())
