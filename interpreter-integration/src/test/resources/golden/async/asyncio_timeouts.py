# asyncio timeouts and cancellation: wait_for, timeout(), Task.cancel, CancelledError, shield, wait.
import asyncio


async def slow(result, delay):
    await asyncio.sleep(delay)
    return result


async def main():
    print("fast enough:", await asyncio.wait_for(slow("ok", 0), timeout=5))
    try:
        await asyncio.wait_for(slow("late", 5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print("no timeout:", await asyncio.wait_for(slow("none", 0), None))

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
        print("not reached")
    except TimeoutError:
        print("timeout() expired")
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print("timeout() not expired:", cm.expired())

    cleaned = []

    async def cancellable():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            cleaned.append("saw CancelledError")
            raise
        finally:
            cleaned.append("finally")

    t = asyncio.create_task(cancellable())
    await asyncio.sleep(0)
    print("cancel() returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled(), t.done(), cleaned)
    print("cancel again:", t.cancel())

    async def swallow():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            return "swallowed"

    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print("a task may swallow cancellation:", await t, t.cancelled())

    print("CancelledError is a BaseException:", issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

    inner = asyncio.create_task(slow("shielded", 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    print("shield: outer cancelled", outer.cancelled(), "inner result", await inner)

    tasks = [asyncio.create_task(slow(i, d)) for i, d in [(1, 0), (2, 5)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("wait FIRST_COMPLETED:", [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print("wait timeout:", len(done), len(pending))
    for t in pending:
        t.cancel()

    fut = asyncio.get_running_loop().create_future()
    fut.cancel()
    try:
        fut.result()
    except asyncio.CancelledError:
        print("cancelled future raises CancelledError")
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError:
        print("set_result twice: InvalidStateError")


asyncio.run(main())


# tasks left running when main returns are cancelled by asyncio.run
async def background(log):
    try:
        await asyncio.sleep(5)
    finally:
        log.append("background cancelled at exit")


log = []


async def leaves_task():
    asyncio.create_task(background(log))
    await asyncio.sleep(0)
    return "main returned"


print(asyncio.run(leaves_task()), log)
