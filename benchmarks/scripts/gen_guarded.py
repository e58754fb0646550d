# generators suspended inside try/with, most run to the end, some dropped: the cost of arming them
import contextlib


@contextlib.contextmanager
def ctx(i):
    try:
        yield i
    finally:
        pass


def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        pass


def main():
    t = 0
    for k in range(60000):
        with ctx(k) as v:
            t += v
        g = guarded(5)
        t += next(g)  # dropped suspended inside try
        for x in guarded(3):
            t += x
    return t


print(main())
