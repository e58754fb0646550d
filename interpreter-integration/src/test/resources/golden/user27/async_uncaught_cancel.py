"""An asyncio service whose main task is cancelled and whose errors escape asyncio.run."""
import asyncio
import sys


async def handler(name, n):
    for i in range(n):
        await asyncio.sleep(0)
    if name == "bad":
        raise LookupError(f"{name} handler lost its key")
    return f"{name} ok"


async def supervisor():
    results = []
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(handler(nm, k), name=nm) for nm, k in [("a", 1), ("b", 2)]]
    results = [t.result() for t in tasks]
    print(results)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 41)
    print("future:", await fut + 1)
    try:
        fut.set_result(0)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    cancelled = loop.create_future()
    cancelled.cancel()
    try:
        cancelled.result()
    except asyncio.CancelledError:
        print("future cancelled:", cancelled.cancelled(), cancelled.done())
    print(asyncio.current_task().get_name())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handler("bad", 1))
        tg.create_task(handler("c", 3))


sys.stdout.flush()
asyncio.run(supervisor(), debug=False)
