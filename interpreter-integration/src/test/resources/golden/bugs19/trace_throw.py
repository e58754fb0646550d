"""sys.settrace events of gen.throw(): into a plain generator, into one paused in `yield from` over a generator
and over an iterator without a throw() method (the delegating frame is resumed with the error: 'call' then
'exception'), and over one with throw() (no events in the delegating frame). The generators stay referenced
until tracing is off (CPython's close on deallocation would trace more)."""
import sys


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


class ItThrow(It):
    def throw(self, *a):
        return 99


def sub():
    yield 1


def over_gen():
    try:
        yield from sub()
    except ValueError:
        yield 'caught from sub'


def over_iter():
    try:
        yield from It()
    except ValueError:
        yield 'caught from iterator'


def over_throwing():
    r = yield from ItThrow()
    yield r


def plain():
    try:
        yield 1
    except ValueError:
        yield 'plain caught'


def uncaught():
    yield from It()


FIRST = plain.__code__.co_firstlineno
events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('sub', 'over_gen', 'over_iter', 'over_throwing', 'plain', 'uncaught'):
        shown = type(arg).__name__ if event == 'return' else arg[0].__name__ if event == 'exception' else None
        events.append((name, event, frame.f_lineno - FIRST, shown))
    return tracer


keep = []
sys.settrace(tracer)
for fn in (plain, over_gen, over_iter, over_throwing, uncaught):
    g = fn()
    keep.append(g)
    next(g)
    try:
        print(fn.__name__, g.throw(ValueError('v')))
    except ValueError as e:
        print(fn.__name__, 'raised', e)
sys.settrace(None)
for e in events:
    print(e)
