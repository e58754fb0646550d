"""Signals for stmj. The JVM owns the process's signal handling, so Python handlers are recorded and returned by
getsignal() but only SIGINT reaches Python from outside (as KeyboardInterrupt, by the JVM's own handling);
raise_signal() and os.kill() of the own process deliver any signal to its handler or its default action."""

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65
SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, \
    SIGALRM, SIGTERM = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, \
    SIGIO, SIGPWR, SIGSYS = 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
SIGIOT = SIGABRT
SIGPOLL = SIGIO
SIGRTMIN, SIGRTMAX = 34, 64
SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK = 0, 1, 2
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2


class ItimerError(OSError):
    pass


ItimerError.__name__ = ItimerError.__qualname__ = 'itimer_error'
ItimerError.__module__ = 'signal'


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


_handlers = {SIGINT: default_int_handler}


def signal(signalnum, handler):
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    import _thread
    _thread._stmj_sigmode(signalnum, handler if handler in (SIG_DFL, SIG_IGN) else 2)
    return old


def getsignal(signalnum):
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return _handlers.get(signalnum, SIG_DFL)


# signals whose default action is to do nothing (or to stop the process, which a JVM cannot be)
_IGNORED_BY_DEFAULT = frozenset((SIGCHLD, SIGCONT, SIGURG, SIGWINCH, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU))


def raise_signal(signalnum):
    """As if the process received the signal: a Python handler runs (on the main thread, as in CPython: from
    another thread it runs at the main thread's next blocking wait), SIG_IGN does nothing, and SIG_DFL ends
    the process with status 128 + signalnum for the signals whose default action is to terminate."""
    if signalnum == 0:
        return
    if not 1 <= signalnum < NSIG:
        raise OSError(22, 'Invalid argument')
    h = _handlers.get(signalnum, SIG_DFL)
    if callable(h):
        import _thread
        import threading
        if threading.current_thread() is threading.main_thread():
            import sys
            h(signalnum, sys._getframe(1))
        else:
            _thread.interrupt_main(signalnum)
    elif h == SIG_DFL and signalnum not in _IGNORED_BY_DEFAULT:
        import os
        import sys
        for f in (sys.stdout, sys.stderr):
            try:
                f.flush()
            except Exception:
                pass
        os._exit(128 + signalnum)


def strsignal(signalnum):
    names = {SIGINT: 'Interrupt', SIGTERM: 'Terminated', SIGKILL: 'Killed', SIGHUP: 'Hangup',
             SIGSEGV: 'Segmentation fault', SIGABRT: 'Aborted', SIGALRM: 'Alarm clock', SIGUSR1: 'User defined signal 1',
             SIGUSR2: 'User defined signal 2', SIGPIPE: 'Broken pipe', SIGCHLD: 'Child exited'}
    return names.get(signalnum)


def valid_signals():
    return set(range(1, NSIG))


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag):
    return None


def _seconds(value):
    if not isinstance(value, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def alarm(seconds):
    """The real-time timer fires SIGALRM in `seconds` (0 cancels it); returns the seconds that were left of the
    previous alarm, rounded as the C library's alarm() rounds them."""
    import operator
    seconds = operator.index(seconds)
    import _thread
    left, _ = _thread._stmj_setitimer(float(seconds), 0.0)
    whole = int(left)
    if left - whole >= 0.5 or (whole == 0 and left > 0):
        whole += 1
    return whole


def setitimer(which, seconds, interval=0.0):
    """ITIMER_REAL delivers SIGALRM after `seconds`, then every `interval`; returns the old (delay, interval).
    The JVM cannot measure the process's own CPU time to fire ITIMER_VIRTUAL/ITIMER_PROF: those only keep their
    setting."""
    _seconds(seconds)
    _seconds(interval)
    if which == ITIMER_REAL:
        import _thread
        return _thread._stmj_setitimer(float(seconds), float(interval))
    if which not in (ITIMER_VIRTUAL, ITIMER_PROF):
        raise ItimerError(22, 'Invalid argument')
    old = _other_timers.get(which, (0.0, 0.0))
    _other_timers[which] = (float(seconds), float(interval)) if seconds > 0 else (0.0, 0.0)
    return old


_other_timers = {}


def getitimer(which):
    if which == ITIMER_REAL:
        import _thread
        return _thread._stmj_getitimer()
    if which not in (ITIMER_VIRTUAL, ITIMER_PROF):
        raise ItimerError(22, 'Invalid argument')
    return _other_timers.get(which, (0.0, 0.0))


def pause():
    """Sleeps until a signal's handler has run (in the main thread; the handler's exception comes out of it)."""
    import _thread
    _thread._stmj_pause()


def pthread_kill(thread_id, signalnum):
    import threading
    if not any(t.ident == thread_id for t in threading.enumerate()):
        raise ProcessLookupError(3, 'No such process')
    raise_signal(signalnum)


def pthread_sigmask(how, mask):
    return set()
