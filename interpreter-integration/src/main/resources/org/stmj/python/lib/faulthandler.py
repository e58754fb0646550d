"""faulthandler for stmj: the API, without the native crash handler.

A JVM has no fatal-signal dumps to hook: a crash of the interpreter is a Java exception, which the launcher
reports. enable()/disable() record the state; dump_traceback() writes the Python stacks of the calling thread
(the only one the interpreter can walk from Python); the timed dump (dump_traceback_later) is recorded and
cancelled but never fires.
"""
import sys as _sys

_enabled = False
_later = None


def enable(file=None, all_threads=True):
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def is_enabled():
    return _enabled


def dump_traceback(file=None, all_threads=True):
    import traceback
    if file is None:
        file = _sys.stderr
    if isinstance(file, int):
        return
    file.write("Stack (most recent call first):\n")
    for line in reversed(traceback.format_stack(_sys._getframe(1))):
        file.write(line)


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    global _later
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    _later = (timeout, repeat, file, exit)


def cancel_dump_traceback_later():
    global _later
    _later = None


def register(signum, file=None, all_threads=True, chain=False):
    pass


def unregister(signum):
    return False
