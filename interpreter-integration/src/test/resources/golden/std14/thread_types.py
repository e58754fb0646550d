# the types of _thread are named as CPython's (threading.__all__ and the reprs depend on it)
import _thread
import threading

print(type(_thread.allocate_lock()), _thread.LockType.__module__)
print(_thread.RLock, _thread._local, threading.local is _thread._local)
print(threading.local.__module__, threading.local.__name__, threading.local.__qualname__)
names = sorted(n for n in dir(threading) if not n.startswith('_')
               and getattr(getattr(threading, n), '__module__', None) in ('threading', '_thread'))
print(names)
print(sorted(threading.__all__) == sorted(set(names) - {'currentThread', 'activeCount'} | {'ThreadError', 'TIMEOUT_MAX'}))
