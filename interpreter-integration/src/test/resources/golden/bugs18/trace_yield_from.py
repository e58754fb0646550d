"""sys.settrace / sys.setprofile events of generators paused in `yield from` (and coroutines in `await`):
each delegating frame gets its own 'call' on resume and 'return' when its delegate's value passes out, and
the delegate's StopIteration is reported to it as an 'exception' event, as in CPython 3.11."""
import sys

WATCH = {'leaf', 'middle', 'top', 'relay', 'coro_leaf', 'coro_top', 'Ticker', '__next__'}
events = []


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type):
        return '%s%r tb=%s' % (arg[0].__name__, arg[1].args, arg[2] is not None)
    return repr(arg)


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in WATCH:
        events.append('T %-7s %-9s line=%d %s' % (name, event, frame.f_lineno, show(arg) if event != 'line' else ''))
    return tracer


def profiler(frame, event, arg):
    name = frame.f_code.co_name
    if name in WATCH and event in ('call', 'return'):
        events.append('P %-7s %-9s %s' % (name, event, show(arg)))


def leaf(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def middle(n):
    r = yield from leaf(n)
    yield ('middle got', r)
    return r * 2


def top():
    a = yield from middle(2)
    b = yield from relay([10, 20])
    return a, b


def relay(items):
    yield from items
    return len(items)


def run(label, driver):
    del events[:]
    sys.settrace(tracer)
    try:
        out = driver()
    finally:
        sys.settrace(None)
    print('==', label, out)
    for e in events:
        print('  ', e.rstrip())


def drive_next():
    return list(top())


def drive_send():
    g = top()
    out = [next(g)]
    try:
        while True:
            out.append(g.send(5))
    except StopIteration as e:
        out.append(('stop', e.value))
    return out


def drive_throw():
    g = middle(3)
    out = [next(g), g.send(1)]
    try:
        g.throw(ValueError('boom'))
    except ValueError as e:
        out.append(('raised', str(e)))
    return out


def drive_close():
    g = top()
    out = [next(g), next(g)]
    g.close()
    return out


run('next', drive_next)
run('send', drive_send)
run('throw', drive_throw)
run('close', drive_close)


class Ticker:
    def __init__(self):
        self.n = 0

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)
        return 'tick'


async def coro_leaf():
    t = await Ticker()
    return t + 1


async def coro_top():
    x = await coro_leaf()
    y = await coro_leaf()
    return x + y


def drive_coro():
    c = coro_top()
    out = []
    try:
        while True:
            out.append(c.send(None))
    except StopIteration as e:
        out.append(('done', e.value))
    return out


run('coroutine', drive_coro)

del events[:]
sys.setprofile(profiler)
try:
    res = list(top())
finally:
    sys.setprofile(None)
print('== profile', res)
for e in events:
    print('  ', e.rstrip())


# a tracer switched on while a generator is paused in a yield from: its resume is a 'call'
g = top()
first = next(g)
del events[:]
sys.settrace(tracer)
try:
    second = next(g)
    third = g.send(7)
finally:
    sys.settrace(None)
print('== late', first, second, third)
for e in events:
    print('  ', e.rstrip())
# and without a tracer the same chain still runs in one step
print('== untraced', list(top()))
