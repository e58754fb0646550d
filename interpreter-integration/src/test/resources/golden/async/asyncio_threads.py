# asyncio with threads: to_thread, run_in_executor (default and given executors), wrap_future, call_soon_threadsafe,
# run_coroutine_threadsafe to a loop running in another thread, and errors crossing over.
import asyncio
import concurrent.futures
import contextvars
import threading
import time

request = contextvars.ContextVar("request", default="none")


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def whoami(tag):
    return tag, request.get(), threading.current_thread() is not threading.main_thread()


def fails():
    raise ValueError("from a worker thread")


async def main():
    request.set("req-1")
    results = await asyncio.gather(*(asyncio.to_thread(crunch, n) for n in (1000, 2000, 3000)))
    print("to_thread:", results)
    print("context:", await asyncio.to_thread(whoami, "t"))
    loop = asyncio.get_running_loop()
    print("default executor:", await loop.run_in_executor(None, crunch, 10))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print("own executor:", await loop.run_in_executor(pool, crunch, 20))
        cf = pool.submit(crunch, 30)
        print("wrap_future:", await asyncio.wrap_future(cf))
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("error crossed over:", e)

    # a thread that schedules callbacks on this loop while it waits
    got = []
    done = loop.create_future()

    def producer():
        for i in range(5):
            time.sleep(0.001)
            loop.call_soon_threadsafe(got.append, i)
        loop.call_soon_threadsafe(done.set_result, "producer finished")

    t = threading.Thread(target=producer)
    t.start()
    print(await done, got)
    t.join()

    # blocking work and timers interleave
    slow = asyncio.create_task(asyncio.to_thread(time.sleep, 0.05))
    ticks = 0
    while not slow.done():
        await asyncio.sleep(0.005)
        ticks += 1
    print("ticked while waiting:", ticks > 0)


asyncio.run(main())


# a loop in a background thread, fed with run_coroutine_threadsafe
async def double(x):
    await asyncio.sleep(0.001)
    return 2 * x


async def broken():
    raise KeyError("inside the loop")


loop = asyncio.new_event_loop()
runner = threading.Thread(target=loop.run_forever)
runner.start()
futures = [asyncio.run_coroutine_threadsafe(double(i), loop) for i in range(5)]
print("threadsafe:", [f.result(timeout=10) for f in futures])
try:
    asyncio.run_coroutine_threadsafe(broken(), loop).result(timeout=10)
except KeyError as e:
    print("KeyError:", e)
loop.call_soon_threadsafe(loop.stop)
runner.join()
loop.close()
print("loop closed:", loop.is_closed())
