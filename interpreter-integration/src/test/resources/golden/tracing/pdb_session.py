# pdb driven by commands on stdin: breakpoint() stops here, then b, c, n, s, p, l, where, q
import os
import pdb
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Out:
    """pdb's output with this directory taken out of the paths."""

    def write(self, s):
        sys.stdout.write(s.replace(HERE, ''))

    def flush(self):
        sys.stdout.flush()


def hook(*args, **kwargs):
    debugger = pdb.Pdb(stdin=sys.stdin, stdout=Out())
    debugger.set_trace(sys._getframe().f_back)


sys.breakpointhook = hook


def add(a, b):
    s = a + b
    return s


def main():
    x = 1
    breakpoint()
    y = add(x, 2)
    print("y is", y)
    z = y * 10
    print("z is", z)
    w = add(z, 1)
    print("w is", w)
    return w


try:
    main()
except pdb.bdb.BdbQuit:
    print('quit')
print('after', sys.gettrace() is None)
