# asyncio.TaskGroup (3.11) and asyncio.Runner.
import asyncio


async def job(i, d):
    await asyncio.sleep(d)
    return i * 10


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("tg failure")


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i, 0.001 * i)) for i in range(4)]
        print("inside: all pending", not any(t.done() for t in tasks))
    print("after: results", [t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            sibling = tg.create_task(job(1, 5))
            tg.create_task(bad())
        print("not reached")
    except Exception:
        # CPython raises ExceptionGroup([ValueError]); the sibling task was cancelled
        print("group failed; sibling cancelled:", sibling.cancelled())
    late = job(0, 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", e)
    late.close()
    return "main done"


with asyncio.Runner() as runner:
    print(runner.run(main()))
    print(runner.run(job(4, 0)))
    loop = runner.get_loop()
print("loop closed:", loop.is_closed())
