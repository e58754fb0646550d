# generator.throw(type, value): an instance value is raised as is; otherwise type(value) / type(*tuple)
import contextlib

def g():
    try:
        yield 1
    except ValueError as e:
        print('caught', repr(e), e.args)
        yield 2

class MyError(ValueError):
    def __init__(self, a, b):
        super().__init__(a, b)

for val in [ValueError('x'), 'msg', ('a', 'b'), None, MyError(1, 2)]:
    x = g()
    next(x)
    print(x.throw(ValueError, val))

@contextlib.contextmanager
def cm():
    try:
        yield
    except MyError as e:
        print('cm saw', repr(e))
        raise

try:
    with cm():
        raise MyError('doc', 3)
except MyError as e:
    print('outside', e.args)
try:
    g().throw(ValueError('x'), 'y')
except TypeError as e:
    print('TypeError', e)
