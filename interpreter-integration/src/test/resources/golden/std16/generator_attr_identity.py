# A generator's __name__, __qualname__ and gi_frame are the same object on every read, as in CPython
import types


def gen_func():
    yield 1
    return (yield 2)


g = gen_func()
print(g.__name__ is g.__name__, g.__qualname__ is g.__qualname__, g.gi_frame is g.gi_frame)
print(g.gi_code is g.gi_code, g.gi_running is g.gi_running)
name = 'renamed'
g.__name__ = name
print(g.__name__ is name, g.__name__)
g.__qualname__ = 'Q.renamed'
print(g.__qualname__, g.__qualname__ is g.__qualname__)
f = g.gi_frame
next(g)
print(g.gi_frame is f, f.f_code.co_name)
for _ in g:
    pass
print(g.gi_frame)


# types.coroutine wraps a generator and forwards the attributes
@types.coroutine
def foo():
    return gen
gen = gen_func()
wrapper = foo()
for attr in ('__name__', '__qualname__', 'gi_code', 'gi_running', 'gi_frame'):
    print(attr, getattr(foo(), attr) is getattr(gen, attr))
print(foo().cr_code is gen.gi_code)


async def coro():
    return 1
c = coro()
print(c.__name__ is c.__name__, c.cr_frame is c.cr_frame)
c.close()
