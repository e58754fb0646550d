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


def alarm(seconds):
    return 0


def pause():
    raise OSError(38, 'Function not implemented')


def pthread_kill(thread_id, signalnum):
    raise_signal(signalnum)


def pthread_sigmask(how, mask):
    return set()
