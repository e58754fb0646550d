# Generator attributes: __name__/__qualname__ assignable, gi_yieldfrom, the state attributes as read-only
# descriptors, throw() chaining the thrown exception to the one handled inside, and no copying.
import copy
import inspect


def func():
    yield 1


gen = func()
print(gen.__name__, gen.__qualname__)
gen.__name__ = 'name'
gen.__qualname__ = 'qualname'
print(gen.__name__, gen.__qualname__, repr(gen).split(' at ')[0])
for attr, value in [('__name__', 123), ('__qualname__', None)]:
    try:
        setattr(gen, attr, value)
    except TypeError as e:
        print('TypeError:', e)
try:
    del gen.__name__
except TypeError:
    print('cannot delete __name__')
func.__name__ = 'func_name'
func.__qualname__ = 'func_qualname'
print(func().__name__, func().__qualname__)
print((x for x in ()).__name__)

print([s for s in dir(gen) if not s.startswith('_')])
print(gen.__next__.__doc__)
try:
    gen.gi_running = 42
except AttributeError as e:
    print(e)
try:
    copy.copy(gen)
except TypeError as e:
    print('copy:', e)


def a():
    print('  inside a:', inspect.getgeneratorstate(gen_b), gen_b.gi_yieldfrom)
    yield


def b():
    yield from a()
    yield


gen_b = b()
print(gen_b.gi_yieldfrom)
gen_b.send(None)
print(gen_b.gi_yieldfrom.gi_code.co_name, inspect.getgeneratorstate(gen_b))
gen_b.send(None)
print(gen_b.gi_yieldfrom)
print(list(gen_b), gen_b.gi_yieldfrom)


def handling():
    try:
        raise KeyError('a')
    except Exception:
        yield


g = handling()
g.send(None)
try:
    g.throw(ValueError)
except ValueError as e:
    print('context:', repr(e.__context__))


def inner():
    yield


def outer():
    try:
        raise KeyError('b')
    except Exception:
        yield from inner()


g = outer()
g.send(None)
try:
    g.throw(ValueError)
except ValueError as e:
    print('context through yield from:', repr(e.__context__))


def catching():
    try:
        raise KeyError('c')
    except Exception:
        try:
            yield
        except Exception as exc:
            yield type(exc).__name__, repr(exc.__context__)


g = catching()
g.send(None)
print(g.throw(ValueError))


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring():
    yield


g = boring()
try:
    g.throw(E)
except TypeError as e:
    print(e)
print(next(g, 'finished'))


def guarded():
    try:
        yield
    except TypeError as e:
        print('thrown in:', e)


g = guarded()
next(g)
try:
    g.throw(E)
except StopIteration:
    print('StopIteration')
g = guarded()
next(g)
try:
    g.throw(ValueError, 'foo', 23)
except TypeError as e:
    print(e)
