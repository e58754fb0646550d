# asyncio.run closes async generators left suspended (loop.shutdown_asyncgens via sys.set_asyncgen_hooks).
import asyncio
import sys

keep = []
cleaned = []


async def numbers(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        await asyncio.sleep(0)
        cleaned.append(tag)


async def main():
    for tag in ["a", "b"]:
        agen = numbers(tag)
        keep.append(agen)  # still referenced: only the shutdown closes it
        async for v in agen:
            if v == 2:
                break
    finished = numbers("c")
    keep.append(finished)
    print("consumed", [v async for v in finished], "cleaned", cleaned)
    print("main end; hooks set:", sys.get_asyncgen_hooks()[0] is not None)


asyncio.run(main())
# the shutdown closes the others in no particular order
print("after run: cleaned", sorted(cleaned), "hooks restored:", sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1])
