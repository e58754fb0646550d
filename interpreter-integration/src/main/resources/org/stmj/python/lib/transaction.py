"""PyPy-STM style user API. Under the GIL, atomic blocks keep the GIL and the queue runs tasks on threads."""
from _transaction import atomic, is_atomic, hint_commit_soon, time, clock, getsegmentlimit
import threading as _threading

__all__ = ['atomic', 'is_atomic', 'hint_commit_soon', 'TransactionQueue', 'time', 'clock']


class TransactionQueue:
    """Tasks added with add(f, *args) are run by run(nthreads); each task runs as one atomic block."""

    def __init__(self):
        self._pending = []
        self._lock = _threading.Lock()

    def add(self, f, *args, **kwds):
        with self._lock:
            self._pending.append((f, args, kwds))

    def number_of_transactions_in_last_run(self):
        return self._last

    def run(self, nthreads=None):
        if nthreads is None:
            nthreads = getsegmentlimit()
        self._last = 0
        errors = []

        def worker():
            while True:
                with self._lock:
                    if not self._pending:
                        return
                    f, args, kwds = self._pending.pop(0)
                    self._last += 1
                try:
                    with atomic:
                        f(*args, **kwds)
                except BaseException as e:
                    errors.append(e)
                    with self._lock:
                        self._pending.clear()
                    return

        threads = [_threading.Thread(target=worker) for _ in range(nthreads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]
