# asyncio: run, sleep, create_task, gather, tasks and their results.
import asyncio

order = []


async def worker(name, delay, result):
    order.append(f"start {name}")
    await asyncio.sleep(delay)
    order.append(f"end {name}")
    return result


async def fails(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")


async def main():
    r = await worker("direct", 0, 1)
    print("direct await:", r)

    t1 = asyncio.create_task(worker("t1", 0.02, "one"))
    t2 = asyncio.create_task(worker("t2", 0.01, "two"))
    print("tasks created, done:", t1.done(), t2.done())
    print("awaited:", await t1, await t2, t1.done(), t2.done())

    results = await asyncio.gather(worker("g1", 0.03, 10), worker("g2", 0.01, 20), worker("g3", 0.02, 30))
    print("gather keeps argument order:", results)

    results = await asyncio.gather(worker("ok", 0, "fine"), fails(0.01), return_exceptions=True)
    print("return_exceptions:", results)

    try:
        await asyncio.gather(fails(0.01), worker("slow", 5, None))
    except ValueError as e:
        print("gather raised:", e)

    print("empty gather:", await asyncio.gather())
    print("sleep result:", await asyncio.sleep(0, "value"))

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from callback")
    print("future:", await fut)

    t = asyncio.current_task()
    print("current task is a Task:", isinstance(t, asyncio.Task))
    return "main result"


print(asyncio.run(main()))
# real-time order between concurrent sleepers depends on load; the set of events does not
print(sorted(order))


# sleep(0) yields to every other ready task: round-robin interleaving
async def ping(name, n, out):
    for i in range(n):
        out.append(f"{name}{i}")
        await asyncio.sleep(0)


async def interleave():
    out = []
    await asyncio.gather(ping("a", 3, out), ping("b", 3, out), ping("c", 2, out))
    return " ".join(out)


print(asyncio.run(interleave()))


# a task's exception is raised where it is awaited
async def check_exception():
    t = asyncio.create_task(fails(0))
    await asyncio.sleep(0.01)
    print("task done:", t.done(), "exception:", repr(t.exception()))
    try:
        await t
    except ValueError as e:
        print("await raised:", e)


asyncio.run(check_exception())

# asyncio.run refuses non-coroutines; loops can be made by hand
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker("manual", 0, "manual loop")))
loop.close()
c = worker("x", 0, 0)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(worker))
c.close()
