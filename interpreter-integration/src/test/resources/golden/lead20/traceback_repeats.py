# The default exception printer (sys.excepthook, as for an uncaught exception): a recursion's repeated line is
# shown three times and then counted; sys.tracebacklimit keeps the last entries (0: no traceback at all).
import io
import os
import sys


def shown(exc):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = saved
    return buf.getvalue().replace(os.path.abspath(__file__), "HERE").replace(__file__, "HERE")


def down(n):
    return down(n + 1)


def ping(n):
    return pong(n) if n < 40 else 1 / 0


def pong(n):
    return ping(n + 1)


def count(n):
    if n == 0:
        raise ValueError("bottom")
    return count(n - 1)


sys.setrecursionlimit(200)
for fn, arg in [(down, 0), (ping, 0), (count, 3), (count, 4), (count, 5), (count, 50)]:
    try:
        fn(arg)
    except (RecursionError, ZeroDivisionError, ValueError) as e:
        text = shown(e)
        lines = text.splitlines()
        print(fn.__name__, arg, len(lines))
        print("\n".join(l for l in lines if "repeated" in l or not l.startswith(" ")))

for limit in [2, 1, 0, -5]:
    sys.tracebacklimit = limit
    try:
        count(6)
    except ValueError as e:
        print("limit", limit)
        print(shown(e), end="")
del sys.tracebacklimit
try:
    count(1)
except ValueError as e:
    print(shown(e), end="")
