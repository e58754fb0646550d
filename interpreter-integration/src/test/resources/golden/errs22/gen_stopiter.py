def g():
    yield 1
    next(iter([]))
def h():
    raise StopIteration(5)
    yield
try:
    list(g())
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
async def c():
    raise StopIteration
co = c()
try:
    co.send(None)
except RuntimeError as e:
    print(e)
async def ag():
    yield 1
    raise StopAsyncIteration
a = ag()
try:
    a.asend(None).send(None)
except StopIteration as e:
    print('first', e.value)
try:
    a.asend(None).send(None)
except RuntimeError as e:
    print(e)
g2 = (x for x in [1])
next(g2)
try:
    next(g2)
except StopIteration as e:
    print('plain', repr(e))
def gen_self():
    yield next(gs)
gs = gen_self()
try:
    next(gs)
except ValueError as e:
    print(e)
def gclose():
    try:
        yield 1
    except GeneratorExit:
        yield 2
gc_ = gclose()
next(gc_)
try:
    gc_.close()
except RuntimeError as e:
    print(e)
try:
    g().throw(ValueError)
except ValueError as e:
    print('thrown', repr(e))
for x in h():
    pass
