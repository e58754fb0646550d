"""select for stmj: no file descriptors can be polled from the JVM; the names exist so that subprocess and
selectors import."""
error = OSError
POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 1, 2, 4, 8, 16, 32
PIPE_BUF = 4096


def select(rlist, wlist, xlist, timeout=None):
    raise OSError(38, "Function not implemented")
