# async with and async for with hand-written protocol objects; break, continue, return and exceptions.
log = []


class Yield:
    def __await__(self):
        yield


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Yield()
        log.append(f"enter {self.name}")
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Yield()
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.suppress


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        await Yield()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    async with Resource("a") as a, Resource("b") as b:
        log.append(f"body {a} {b}")
    async with Resource("c", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Resource("d"):
            raise KeyError("escapes")
    except KeyError as e:
        log.append(f"caught {e!r}")
    total = 0
    async for i in Counter(10):
        if i == 2:
            continue
        if i == 6:
            break
        total += i
    else:
        log.append("else not reached")
    log.append(f"total {total}")
    async for i in Counter(2):
        pass
    else:
        log.append("for-else ran")
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                break
    return await early_return()


async def early_return():
    async with Resource("ret"):
        async for i in Counter(5):
            if i == 3:
                return i * 100
    return -1


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


print(run(main()))
print("\n".join(log))


class NoAexit:
    async def __aenter__(self):
        return 1


async def bad():
    async with NoAexit():
        pass


async def bad2():
    async with object():
        pass


for f in [bad, bad2]:
    try:
        run(f())
    except TypeError as e:
        print("TypeError:", e)
