"""An asyncio 'crawler' over a fake site: a bounded queue of URLs, worker tasks, a semaphore, wait_for with
timeouts on slow pages, gather with return_exceptions, and cancellation of the workers at the end."""
import asyncio
from collections import deque

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/slow"],
    "/c": ["/missing", "/a"],
    "/a/1": [], "/a/2": ["/b/1"], "/b/1": [], "/slow": ["/never"],
}


class NotFound(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0)
    if url == "/slow":
        await asyncio.sleep(10)
    if url not in SITE:
        raise NotFound(url)
    return SITE[url]


async def crawl(start, workers=3):
    q = asyncio.Queue()
    seen = {start}
    order = []
    errors = []
    sem = asyncio.Semaphore(2)
    await q.put(start)

    async def worker(name):
        while True:
            url = await q.get()
            try:
                async with sem:
                    links = await asyncio.wait_for(fetch(url), timeout=0.05)
                order.append(url)
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        await q.put(link)
            except asyncio.TimeoutError:
                errors.append(("timeout", url))
            except NotFound as e:
                errors.append(("404", str(e)))
            finally:
                q.task_done()

    tasks = [asyncio.create_task(worker(f"w{i}")) for i in range(workers)]
    await q.join()
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print("workers ended:", [type(r).__name__ for r in res])
    return sorted(order), sorted(errors), sorted(seen)


async def main():
    order, errors, seen = await crawl("/")
    print("visited:", order)
    print("errors:", errors)
    print("seen:", len(seen))
    results = await asyncio.gather(fetch("/a"), fetch("/nope"), fetch("/b/1"), return_exceptions=True)
    print([r if isinstance(r, list) else repr(r) for r in results])
    try:
        await asyncio.gather(fetch("/x"), fetch("/a"))
    except NotFound as e:
        print("gather raised", e)
    t = asyncio.create_task(asyncio.sleep(5, result="late"))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled(), t.done())
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, result=i)) for i in range(3)])
    print(sorted(d.result() for d in done), len(pending))


asyncio.run(main())
