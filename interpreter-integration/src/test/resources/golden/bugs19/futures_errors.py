"""concurrent.futures: map, submit, as_completed, exceptions in workers, cancel, shutdown, wait."""
import concurrent.futures as cf
import threading


class ValidationError(Exception):
    def __init__(self, item, why):
        super().__init__('%r: %s' % (item, why))
        self.item = item


def check(n):
    if n % 7 == 0:
        raise ValidationError(n, 'multiple of seven')
    if n % 11 == 0:
        raise ZeroDivisionError('eleven')
    return n * n


with cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix='chk') as ex:
    futs = {ex.submit(check, n): n for n in range(1, 40)}
    good, bad = {}, {}
    for f in cf.as_completed(futs):
        n = futs[f]
        exc = f.exception()
        if exc is None:
            good[n] = f.result()
        else:
            bad[n] = '%s(%s)' % (type(exc).__name__, exc)
print('good', sum(good.values()), len(good))
for n in sorted(bad):
    print(' bad', n, bad[n])

# map re-raises the first exception when that result is reached
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    it = ex.map(check, [1, 2, 3, 14, 5])
    got = []
    try:
        for v in it:
            got.append(v)
    except ValidationError as e:
        print('map stopped at', e.item, 'after', got)

# map with several iterables and chunks
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda a, b: a * b, range(6), range(10, 16))))
    print(list(ex.map(pow, [2, 3, 4], [5, 3, 2], timeout=30)))

# result() re-raises with traceback from worker
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(check, 22)
    try:
        f.result()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print('worker raised', e, 'check' in names)

# cancel pending futures, wait FIRST_EXCEPTION
gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    blocker = ex.submit(gate.wait, 30)
    pending = [ex.submit(check, i) for i in range(3)]
    cancelled = [p.cancel() for p in pending]
    print('cancelled', cancelled, [p.cancelled() for p in pending])
    gate.set()
    print('blocker', blocker.result())
    try:
        pending[0].result()
    except cf.CancelledError:
        print('CancelledError')

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(check, n) for n in (1, 2, 7, 3)]
    done, not_done = cf.wait(fs, return_when=cf.ALL_COMPLETED)
    print('done', len(done), 'not_done', len(not_done))
    print(sorted(type(f.exception()).__name__ for f in done))

# callbacks run, also on a finished future
events = []
lock = threading.Lock()


def cb(f):
    with lock:
        events.append(('cb', f.result()))


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(check, n) for n in (2, 3, 4)]
    for f in fs:
        f.add_done_callback(cb)
    cf.wait(fs)
fs[0].add_done_callback(cb)
print(sorted(events))

ex = cf.ThreadPoolExecutor(max_workers=2)
f = ex.submit(sum, [1, 2, 3])
ex.shutdown(wait=True)
print('after shutdown', f.result())
try:
    ex.submit(sum, [1])
except RuntimeError as e:
    print('RuntimeError', e)

# a Future used by hand across threads
fut = cf.Future()


def complete():
    fut.set_result('hand made')


threading.Thread(target=complete).start()
print(fut.result(timeout=30), fut.done())
fut2 = cf.Future()
threading.Thread(target=lambda: fut2.set_exception(KeyError('k'))).start()
try:
    fut2.result(timeout=30)
except KeyError as e:
    print('KeyError', e)
