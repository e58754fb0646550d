# Misplaced async constructs are SyntaxErrors with CPython's messages.
sources = [
    "await x\n",
    "def f():\n    await x\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    async with x: pass\n",
    "async def f():\n    yield from x\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "async def f():\n    lambda: await x\n",
    "async with x: pass\n",
    "async for x in y: pass\n",
    "async x = 1\n",
    "x = [await z for z in y]\n",
    "async def f():\n    def g():\n        await x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "class C:\n    await x\n",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError line", e.lineno, ":", e.msg)

# these are valid
ok = [
    "async def f():\n    return [await x for x in y]\n",
    "async def f():\n    return [x async for x in y]\n",
    "async def f():\n    return (x async for x in y)\n",
    "def f():\n    return (x async for x in y)\n",
    "async def f():\n    async with a as b, c:\n        async for x in b:\n            await x\n",
    "async def f():\n    yield\n",
    "async def f():\n    return await (await x)\n",
    "async def f():\n    return await x ** 2\n",
    "@decorator\nasync def f(): pass\n",
    "class C:\n    async def m(self): return 1\n",
    "await_ = 1; async_ = 2\n",
]
for src in ok:
    compile(src, "<test>", "exec")
print("all valid sources compiled")
