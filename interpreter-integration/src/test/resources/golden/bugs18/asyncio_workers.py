"""asyncio: a queue of jobs consumed by worker tasks, gather, wait_for with a timeout, cancellation, TaskGroup
and an exception group from it."""
import asyncio


async def fetch(i):
    await asyncio.sleep(0.001 * (i % 3))
    if i == 5:
        raise KeyError(i)
    return i * 3


async def worker(name, q, out):
    while True:
        job = await q.get()
        try:
            out.append((job, await fetch(job) if job != 5 else None))
        finally:
            q.task_done()


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise


async def main():
    q = asyncio.Queue()
    out = []
    for i in range(10):
        q.put_nowait(i)
    tasks = [asyncio.create_task(worker('w%d' % k, q, out)) for k in range(3)]
    await q.join()
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(sorted(out))
    print([type(r).__name__ for r in res])
    r = await asyncio.gather(fetch(1), fetch(5), fetch(2), return_exceptions=True)
    print([x if not isinstance(x, Exception) else repr(x) for x in r])
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print('timed out')
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch(4))
            tg.create_task(fetch(5))
    except* KeyError as eg:
        print('group', [repr(e) for e in eg.exceptions])
    print('t1', t1.result() if not t1.cancelled() else 'cancelled')
    async with asyncio.timeout(1):
        print('in time', await fetch(2))


asyncio.run(main())
