import asyncio
async def sleeper():
    await asyncio.sleep(10)
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled', repr(e), t.cancelled(), isinstance(e, Exception))
    t2 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t2.cancel('why')
    try:
        await t2
    except asyncio.CancelledError as e:
        print('msg', repr(e))
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print('result', repr(e))
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print(e)
    t3 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t3.cancel()
    await t3
asyncio.run(main())
