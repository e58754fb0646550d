"""The host module that the standard library's multiprocessing (GraalPy's copy, in the python-resources jar) asks
for in place of CPython's _multiprocessing: pipes, semaphores and the starting of processes.

stmpy runs one process: what multiprocessing needs inside it works (multiprocessing.pool.ThreadPool,
multiprocessing.dummy, Queue/SimpleQueue/Pipe, Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition, Barrier
between the threads of this process). Pipes are the operating system's (os.pipe), so connections take CPython's own
code paths. Starting a multiprocessing.Process raises OSError(ENOSYS) with the reason: there are no child
interpreters that share memory-mapped semaphores here; threads run in parallel under --stm instead.
"""
import errno as _errno
import os as _os
import threading as _threading
import time as _time

_RECURSIVE_MUTEX = 0
_SEMAPHORE = 1


def _pipe():
    return _os.pipe()


def _read(fd, size):
    return _os.read(fd, size)


def _write(fd, data):
    return _os.write(fd, data)


def _close(fd):
    _os.close(fd)


def _gettid():
    return _os.getpid()


def _no_processes(*args, **kwargs):
    raise OSError(_errno.ENOSYS, "stmpy runs no child processes for multiprocessing: use threads "
                  "(threading, concurrent.futures.ThreadPoolExecutor, multiprocessing.pool.ThreadPool), "
                  "which run in parallel under --stm")


_spawn_context = _no_processes
_waittid = _no_processes
_terminate_spawned_thread = _no_processes


def _select(*args, **kwargs):
    # only reached for negative ("fake") descriptors, which this module never makes
    raise OSError(_errno.EBADF, "not a multiprocessing descriptor of stmpy")


# named semaphores of this process, for SemLock._rebuild (pickling inside one process) and sem_unlink
_named = {}
_named_lock = _threading.Lock()


class SemLock:
    """A counting semaphore or a recursive mutex (kind 0), as _multiprocessing.SemLock, for this process's threads."""

    SEM_VALUE_MAX = 2147483647

    def __init__(self, kind, value, maxvalue, name, unlink):
        if kind not in (_RECURSIVE_MUTEX, _SEMAPHORE):
            raise ValueError("unrecognized kind")
        if value < 0 or value > maxvalue:
            raise ValueError("invalid value")
        self.kind = kind
        self.maxvalue = maxvalue
        self._cond = _threading.Condition(_threading.Lock())
        self._value = value
        self._owner = None
        self._depth = 0
        self.handle = id(self)
        with _named_lock:
            if name is not None and not unlink:
                if name in _named:
                    raise FileExistsError(_errno.EEXIST, "semaphore exists", name)
                _named[name] = self
        self.name = None if unlink else name

    @classmethod
    def _rebuild(cls, handle, kind, maxvalue, name):
        with _named_lock:
            sem = _named.get(name)
        if sem is None:
            raise FileNotFoundError(_errno.ENOENT, "no such semaphore", name)
        return sem

    def acquire(self, block=True, timeout=None):
        me = _threading.get_ident()
        if self.kind == _RECURSIVE_MUTEX and self._owner == me and self._depth > 0:
            self._depth += 1
            return True
        deadline = None
        if block and timeout is not None:
            deadline = _time.monotonic() + max(0.0, timeout)
        with self._cond:
            while self._value == 0:
                if not block:
                    return False
                if deadline is None:
                    self._cond.wait()
                else:
                    left = deadline - _time.monotonic()
                    if left <= 0:
                        return False
                    self._cond.wait(left)
            self._value -= 1
            self._owner = me
            self._depth = 1
        return True

    def release(self):
        me = _threading.get_ident()
        if self.kind == _RECURSIVE_MUTEX:
            if self._owner != me or self._depth == 0:
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self._depth > 1:
                self._depth -= 1
                return
        with self._cond:
            if self.kind == _SEMAPHORE and self._value >= self.maxvalue:
                raise ValueError("semaphore or lock released too many times")
            self._depth = 0
            self._owner = None
            self._value += 1
            self._cond.notify()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _count(self):
        return self._depth if self._owner == _threading.get_ident() else 0

    def _is_mine(self):
        return self._owner == _threading.get_ident() and self._depth > 0

    def _get_value(self):
        return self._value

    def _is_zero(self):
        return self._value == 0

    def _after_fork(self):
        self._depth = 0
        self._owner = None


def sem_unlink(name):
    with _named_lock:
        if _named.pop(name, None) is None:
            raise FileNotFoundError(_errno.ENOENT, "no such semaphore", name)
