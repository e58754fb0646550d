"""An asyncio "crawler" over a fake site: Semaphore rate limit, Lock, Event, Condition, async generators,
async context managers, asyncio.to_thread, as_completed (sorted), shield, and a timeout per page."""
import asyncio
import contextlib

SITE = {'/': ['/a', '/b', '/c'], '/a': ['/a/1', '/b'], '/b': ['/', '/slow'], '/c': ['/a/1', '/c/2'],
        '/a/1': [], '/c/2': ['/missing'], '/slow': []}


class Fetcher:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0
        self.lock = asyncio.Lock()

    async def __aenter__(self):
        await self.sem.acquire()
        async with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
        return self

    async def __aexit__(self, *exc):
        async with self.lock:
            self.active -= 1
        self.sem.release()
        return False

    async def get(self, path):
        async with self:
            await asyncio.sleep(30 if path == '/slow' else 0)
            if path not in SITE:
                raise LookupError(path)
            return SITE[path]


def checksum(path):
    return sum(map(ord, path)) % 97


async def crawl(start):
    f = Fetcher(2)
    seen = {start}
    todo = [start]
    visited, failed, slow = [], [], []
    while todo:
        batch, todo = todo, []
        coros = [asyncio.wait_for(f.get(p), timeout=1.0) for p in batch]
        outcomes = await asyncio.gather(*coros, return_exceptions=True)
        for p, out in zip(batch, outcomes):
            if isinstance(out, asyncio.TimeoutError):
                slow.append(p)
            elif isinstance(out, Exception):
                failed.append((p, type(out).__name__))
            else:
                visited.append(p)
                for link in out:
                    if link not in seen:
                        seen.add(link)
                        todo.append(link)
    return sorted(visited), failed, slow, f.peak <= 2


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def waiter(ev, cond, box, name):
    await ev.wait()
    async with cond:
        await cond.wait_for(lambda: box)
        return name, box[0]


async def main():
    print(await crawl('/'))
    print([x async for x in ticker(5)], [x async for x in ticker(6) if x % 2])
    sums = await asyncio.gather(*(asyncio.to_thread(checksum, p) for p in sorted(SITE)))
    print(sums)
    results = []
    for fut in asyncio.as_completed([asyncio.sleep(0.001 * k, result=k) for k in (3, 1, 2)]):
        results.append(await fut)
    print(sorted(results))
    ev, cond, box = asyncio.Event(), asyncio.Condition(), []
    tasks = [asyncio.create_task(waiter(ev, cond, box, 'w%d' % i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.sleep(0)
    async with cond:
        box.append('token')
        cond.notify_all()
    print(sorted(await asyncio.gather(*tasks)))
    inner = asyncio.create_task(asyncio.sleep(0.3, result='kept'))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.001)
    except asyncio.TimeoutError:
        print('outer timed out, inner cancelled:', inner.cancelled())
    print(await inner)
    async with contextlib.AsyncExitStack() as stack:
        fx = await stack.enter_async_context(Fetcher(1))
        print('inside', fx.active)
    print('after', fx.active)


asyncio.run(main())
