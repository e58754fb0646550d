# The aiter() and anext() built-ins (3.10), driven by hand and by a tiny runner
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def agen():
    yield "a"
    yield "b"

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended")

async def main():
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    g = agen()
    print(aiter(g) is g)
    print(await anext(g), await anext(g), await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    out = []
    async for x in aiter(Countdown(3)):
        out.append(x)
    print(out)
    return "main done"

print(run(main()))
for bad in [lambda: aiter(1), lambda: anext(1), lambda: anext([]), lambda: aiter()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class BadAiter:
    def __aiter__(self):
        return 5
try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)
