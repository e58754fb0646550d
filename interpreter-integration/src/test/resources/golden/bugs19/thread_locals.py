"""threading.local subclasses, per-thread state with defaults, and locals used from pool threads."""
import threading
import concurrent.futures as cf


class Ctx(threading.local):
    depth = 0

    def __init__(self, name='default'):
        self.name = name
        self.stack = []

    def push(self, x):
        self.stack.append(x)
        self.depth += 1


ctx = Ctx('main')
ctx.push('m1')
results = {}
lock = threading.Lock()


def work(i):
    # a fresh instance: __init__ runs again with the construction arguments in each thread
    before = (ctx.name, list(ctx.stack), ctx.depth)
    for k in range(i):
        ctx.push(k)
    with lock:
        results[i] = (before, ctx.depth, len(ctx.stack))


ts = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for i in sorted(results):
    print(i, results[i])
print('main keeps', ctx.name, ctx.stack, ctx.depth)

plain = threading.local()
plain.x = 'main'


def peek(out):
    out.append(getattr(plain, 'x', 'missing'))
    plain.x = 'thread'
    out.append(plain.x)
    out.append(sorted(plain.__dict__))


o = []
t = threading.Thread(target=peek, args=(o,))
t.start()
t.join()
print(o, plain.x)


class Slotted(threading.local):
    __slots__ = ('a', '__dict__')


s = Slotted()
s.a = 1


def slot_peek(out):
    out.append(hasattr(s, 'a'))
    s.a = 2
    out.append(s.a)


o = []
t = threading.Thread(target=slot_peek, args=(o,))
t.start()
t.join()
print('slots', o, s.a)

# request ids in a pool: each worker thread counts its own
tl = threading.local()


def handle(req):
    n = getattr(tl, 'n', 0) + 1
    tl.n = n
    if not hasattr(tl, 'name'):
        tl.name = threading.current_thread().name
    return req * 2, n


with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix='pool') as ex:
    out = list(ex.map(handle, range(30)))
print('doubled', [r for r, _ in out] == [2 * i for i in range(30)])
print('each counts from 1', min(n for _, n in out) == 1)
try:
    Ctx(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)
