# a loop of with-blocks over a @contextmanager (its generator suspends inside try and is finished by __exit__):
# the cost of arming generators that never need closing (gen25)
import contextlib
import sys


@contextlib.contextmanager
def cm(i):
    try:
        yield i
    finally:
        pass


def main(n):
    t = 0
    for k in range(n):
        with cm(k) as v:
            t += v
    return t


print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000))
