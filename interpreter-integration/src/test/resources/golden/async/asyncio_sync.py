# asyncio synchronisation: Queue (producer/consumer, maxsize, join), Event, Lock, Semaphore, Condition.
import asyncio


async def producer(q, n, tag):
    for i in range(n):
        await q.put(f"{tag}{i}")
    await q.put(None)


async def consumer(q, got):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return
        got.append(item)


async def queues():
    q = asyncio.Queue(maxsize=2)
    got = []
    await asyncio.gather(producer(q, 5, "p"), consumer(q, got))
    print("consumed in order:", got)
    print("empty:", q.empty(), "qsize:", q.qsize(), "maxsize:", q.maxsize)

    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    print("full:", q.full(), "qsize:", q.qsize())
    results = []

    async def work(name):
        while True:
            item = await q.get()
            results.append(item * item)
            await asyncio.sleep(0)
            q.task_done()

    workers = [asyncio.create_task(work(f"w{i}")) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    outcomes = await asyncio.gather(*workers, return_exceptions=True)
    print("squares:", sorted(results), [type(o).__name__ for o in outcomes])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull raised")
    pq = asyncio.PriorityQueue()
    for p in [5, 1, 4, 2, 3]:
        pq.put_nowait((p, f"job{p}"))
    print("priority:", [pq.get_nowait()[1] for _ in range(5)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print("lifo:", [lq.get_nowait() for _ in range(3)])


async def events():
    ev = asyncio.Event()
    woke = []

    async def waiter(i):
        await ev.wait()
        woke.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("before set:", woke, ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print("after set:", sorted(woke), ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())


async def locks():
    lock = asyncio.Lock()
    trace = []

    async def critical(i):
        async with lock:
            trace.append(f"+{i}")
            await asyncio.sleep(0)
            trace.append(f"-{i}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print("lock trace:", " ".join(trace))
    print("locked after:", lock.locked())
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    inside = [0]
    peak = [0]

    async def limited():
        async with sem:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            inside[0] -= 1

    await asyncio.gather(*(limited() for _ in range(6)))
    print("semaphore peak:", peak[0])
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)


async def conditions():
    cond = asyncio.Condition()
    items = []

    async def consume(i):
        async with cond:
            await cond.wait_for(lambda: items)
            return f"c{i} got {items.pop(0)}"

    tasks = [asyncio.create_task(consume(i)) for i in range(2)]
    await asyncio.sleep(0)
    for x in ["a", "b"]:
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    print(sorted(await asyncio.gather(*tasks)))


for f in [queues, events, locks, conditions]:
    asyncio.run(f())
