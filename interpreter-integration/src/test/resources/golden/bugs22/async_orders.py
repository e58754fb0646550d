"""An asyncio order pipeline: producers and consumers over bounded queues, TaskGroup, timeouts, cancellation,
a semaphore-limited 'API', async generators and context managers, contextvars for request ids."""
import asyncio
import contextvars
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

request_id = contextvars.ContextVar("request_id", default="-")
LOG = []


def log(msg):
    LOG.append(f"[{request_id.get()}] {msg}")


@dataclass(order=True)
class Order:
    priority: int
    oid: int = field(compare=True)
    items: tuple = field(default=(), compare=False)


class OutOfStock(Exception):
    pass


STOCK = {"apple": 5, "pear": 2, "plum": 0, "fig": 3}


@asynccontextmanager
async def connection(name):
    log(f"open {name}")
    try:
        yield name.upper()
    finally:
        log(f"close {name}")


async def api_reserve(sem, item):
    async with sem:
        await asyncio.sleep(0)
        if STOCK.get(item, 0) <= 0:
            raise OutOfStock(item)
        STOCK[item] -= 1
        return item


async def order_items(orders):
    for o in orders:
        await asyncio.sleep(0)
        yield o


async def producer(q, orders):
    async for o in order_items(orders):
        await q.put(o)
    log("producer done")


async def consumer(name, q, sem, results):
    while True:
        order = await q.get()
        token = request_id.set(f"{name}:{order.oid}")
        try:
            async with connection(f"db{order.oid}") as conn:
                got = await asyncio.gather(*(api_reserve(sem, i) for i in order.items), return_exceptions=True)
                bad = [str(g) for g in got if isinstance(g, Exception)]
                results[order.oid] = ("partial" if bad else "ok", conn, sorted(bad))
                log(f"order {order.oid} {'missing ' + ','.join(sorted(bad)) if bad else 'ok'}")
        finally:
            request_id.reset(token)
            q.task_done()


async def slow(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        log(f"slow({n}) cancelled")
        raise


async def main():
    orders = [Order(2, 1, ("apple", "pear")), Order(1, 2, ("plum",)), Order(3, 3, ("fig", "apple", "kiwi")),
              Order(1, 4, ("pear", "pear")), Order(2, 5, ("apple",))]
    q = asyncio.PriorityQueue(maxsize=2)
    sem = asyncio.Semaphore(2)
    results = {}
    consumers = [asyncio.create_task(consumer(f"w{i}", q, sem, results), name=f"w{i}") for i in range(2)]
    await producer(q, orders)
    await q.join()
    for c in consumers:
        c.cancel()
    done = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(d).__name__ for d in done])
    for oid in sorted(results):
        print(oid, results[oid])
    print("stock", sorted(STOCK.items()))

    try:
        await asyncio.wait_for(slow(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    try:
        async with asyncio.timeout(0.01):
            await slow(5)
    except TimeoutError:
        print("timeout ctx")

    async def failing(n):
        await asyncio.sleep(0)
        raise ValueError(f"bad {n}")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1))
            tg.create_task(slow(3))
            tg.create_task(failing(2))
    except* ValueError as eg:
        print("taskgroup:", sorted(str(e) for e in eg.exceptions))

    ev = asyncio.Event()
    order_seen = []

    async def waiter(i):
        await ev.wait()
        order_seen.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ws)
    print("event order", order_seen)
    shielded = asyncio.ensure_future(asyncio.sleep(0, result="shield-ok"))
    print(await asyncio.shield(shielded), asyncio.current_task().get_name(), request_id.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future", await fut, fut.done(), fut.cancelled())
    res = await asyncio.gather(*(asyncio.sleep(0, result=i * i) for i in range(4)))
    print(res, [x async for x in order_items([1, 2, 3]) if x != 2])
    dn, pend = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, result=1)), asyncio.create_task(slow(2))],
                                  return_when=asyncio.FIRST_COMPLETED)
    for p in pend:
        p.cancel()
    await asyncio.sleep(0)
    print(len(dn), len(pend), [t.result() for t in dn])


asyncio.run(main(), debug=False)
print("\n".join(LOG))
