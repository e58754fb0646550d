"""A simulated crawler with asyncio: TaskGroup, Semaphore, Queue workers, timeouts, gather errors."""
import asyncio

PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/slow"],
    "/c": ["/missing"],
    "/a/1": [], "/a/2": ["/b/1"], "/b/1": [], "/slow": [],
}


class NotFound(Exception):
    pass


async def fetch(url, sem):
    async with sem:
        await asyncio.sleep(0.05 if url == "/slow" else 0)
        if url not in PAGES:
            raise NotFound(url)
        return PAGES[url]


async def crawl(start, workers=3):
    seen, order, errors = {start}, [], []
    q = asyncio.Queue()
    q.put_nowait(start)
    sem = asyncio.Semaphore(2)

    async def worker(n):
        while True:
            url = await q.get()
            try:
                links = await asyncio.wait_for(fetch(url, sem), timeout=0.01)
                order.append(url)
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        q.put_nowait(link)
            except (NotFound, asyncio.TimeoutError) as e:
                errors.append((url, type(e).__name__))
            finally:
                q.task_done()

    tasks = [asyncio.create_task(worker(i), name=f"w{i}") for i in range(workers)]
    await q.join()
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    return sorted(order), sorted(errors), [type(r).__name__ for r in res]


async def group_demo():
    async def job(n):
        await asyncio.sleep(1 if n == 4 else n / 1000)
        if n == 3:
            raise ValueError(f"job {n} failed")
        if n == 4:
            raise KeyError(n)
        return n * n
    try:
        async with asyncio.TaskGroup() as tg:
            ts = [tg.create_task(job(n)) for n in (1, 2, 3, 4)]
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("key errors:", [repr(e) for e in eg.exceptions])
    print("states:", [t.cancelled() or t.done() for t in ts])
    async with asyncio.TaskGroup() as tg:
        ok = [tg.create_task(job(n)) for n in (5, 6)]
    print("ok:", [t.result() for t in ok])


async def timeout_demo():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out (asyncio.timeout)")
    r = await asyncio.gather(asyncio.sleep(0, "a"), asyncio.sleep(0, "b"))
    print("gather:", r)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, "x"))], timeout=1)
    print(len(done), len(pending), done.pop().result())
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0)
        ev.set()
    asyncio.get_running_loop().call_soon(lambda: print("call_soon ran"))
    await asyncio.gather(setter(), ev.wait())
    print("event set:", ev.is_set())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(7)
    print("future:", await fut, fut.done())
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def main():
    print(await crawl("/"))
    await group_demo()
    await timeout_demo()
    print([x async for x in agen(4)], await anext(agen(2)))


asyncio.run(main())
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(agen))
