"""PyPy-STM's user API for stmj.

atomic              with atomic: ... runs the block as one transaction (under the GIL: keeps the GIL)
is_atomic()         whether the caller is inside an atomic block
hint_commit_soon()  asks the running transaction to commit at the next bytecode boundary
TransactionQueue    add(f, *args, **kwds) then run(nthreads=None): every call one atomic transaction, on a pool
                    of threads; calls added while running run too; the first exception stops the run and is
                    re-raised by run()
local               thread-local attributes (threading.local)
threadlocalproperty a property with one value per thread
getsegmentlimit()   how many threads can run in parallel (1 under the GIL)
stats(), report()   the STM's statistics as a dict, and the conflict report as text
time(), clock()     wall-clock and monotonic time, without making a transaction inevitable
"""
from _transaction import atomic, is_atomic, hint_commit_soon, time, clock, getsegmentlimit, stats, report
from _transaction import (_queue, _queue_add, _queue_len, _queue_start, _queue_next, _queue_done, _queue_fail,
                          _queue_finish, _queue_last_run)
import threading as _threading

local = _threading.local

__all__ = ['atomic', 'is_atomic', 'hint_commit_soon', 'TransactionQueue', 'local', 'threadlocalproperty',
           'getsegmentlimit', 'stats', 'report', 'time', 'clock']


class threadlocalproperty:
    """A property whose value is per thread; default_factory() gives a thread its first value."""

    def __init__(self, default_factory=None):
        self._local = _threading.local()
        self._factory = default_factory

    def _values(self):
        try:
            return self._local.values
        except AttributeError:
            self._local.values = {}
            return self._local.values

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        d = self._values()
        key = id(obj)
        if key not in d:
            if self._factory is None:
                raise AttributeError("thread-local property has no value in this thread")
            d[key] = self._factory()
        return d[key]

    def __set__(self, obj, value):
        self._values()[id(obj)] = value

    def __delete__(self, obj):
        try:
            del self._values()[id(obj)]
        except KeyError:
            raise AttributeError("thread-local property has no value in this thread")


def _worker(q, i):
    while True:
        task = _queue_next(q, i)
        if task is None:
            return
        f, args, kwds = task
        hint_commit_soon()
        try:
            with atomic:
                f(*args, **kwds)
        except BaseException as e:
            _queue_fail(q, i, e)
            return
        hint_commit_soon()
        _queue_done(q, i)


class TransactionQueue:
    """Calls added with add(f, *args, **kwds) are run by run(nthreads), each as one atomic transaction.

    The result is that of running the calls one after the other in some order. A call may add more calls;
    they run in the same run(). The first exception a call raises stops the run (calls not yet started are
    dropped) and is re-raised by run().
    """

    def __init__(self):
        self._q = _queue()

    def add(self, f, *args, **kwds):
        _queue_add(self._q, (f, args, kwds))

    def __len__(self):
        return _queue_len(self._q)

    def number_of_transactions_in_last_run(self):
        return _queue_last_run(self._q)

    def run(self, nthreads=None):
        if is_atomic():
            raise RuntimeError("TransactionQueue.run() cannot be called inside an atomic block")
        if nthreads is None:
            nthreads = getsegmentlimit()
        nthreads = int(nthreads)
        if nthreads < 1:
            raise ValueError("nthreads must be at least 1")
        _queue_start(self._q, nthreads)
        try:
            if nthreads == 1:
                _worker(self._q, 0)
            else:
                threads = [_threading.Thread(target=_worker, args=(self._q, i), name="transaction-%d" % i)
                           for i in range(nthreads)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
        finally:
            error = _queue_finish(self._q)
        if error is not None:
            raise error
