"""Generators and context managers as a user combines them: pipelines of generators, send/throw/close,
generator-based context managers, ExitStack, nested with, __enter__/__exit__ that swallow, and yield from."""
import contextlib


def read_records(lines):
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        yield n, line.split('=', 1)


def only_valid(records):
    for n, parts in records:
        if len(parts) == 2:
            yield n, parts[0].strip(), parts[1].strip()
        else:
            print('  skipping line', n)


def running_average():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return ('final', avg, count)


def delegator():
    result = yield from running_average()
    yield result


lines = ['# config', 'name = demo', 'bad line', '', 'size=3', 'x = a=b']
print(list(only_valid(read_records(lines))))
g = running_average()
next(g)
print([g.send(v) for v in (10, 20, 30)])
print(g.throw(ValueError), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
d = delegator()
next(d)
d.send(5)
d.send(7)
print(d.send(None))


@contextlib.contextmanager
def tag(name, log):
    log.append('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('handled %s' % e)
    finally:
        log.append('</%s>' % name)


class Resource:
    opened = []

    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        Resource.opened.append(self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print('  exit', self.name, exc_type.__name__ if exc_type else None)
        return self.swallow


log = []
with tag('a', log) as A, tag('b', log) as B:
    log.append(A + B)
    raise KeyError('k')
print(log)
with Resource('outer', swallow=True):
    with Resource('inner'):
        print('  open', Resource.opened)
        raise RuntimeError('stop')
print('after', Resource.opened)
with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource('r%d' % i)) for i in range(3)]
    stack.callback(print, '  callback ran')
    print('  open', Resource.opened)
print('closed all', Resource.opened)
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))


def counter():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print('  counter closed at', i)


c = counter()
print([next(c) for _ in range(3)])
c.close()
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in 'the quick brown fox'.split()))
