# An exception escaping the main coroutine ends asyncio.run and the program (exit status 1).
import asyncio


async def step(n):
    await asyncio.sleep(0)
    if n == 3:
        raise LookupError(f"step {n} failed")
    return n


async def main():
    for i in range(5):
        print("step", await step(i))


asyncio.run(main())
print("not reached")
