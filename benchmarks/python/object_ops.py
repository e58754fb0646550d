"""Per-operation cost of object-space operations that issue 10's programs make, warm, one kind at a time.

usage: object_ops.py [N] [REPS] [KIND,KIND,...]
As builtin_calls.py: each kind is a function making N operations of one kind in a loop; REPS repetitions in one
process, two passes over the kinds (the first warms up), the second printed: the median thread CPU of the last half
of the repetitions, in nanoseconds per loop iteration (the loop included; `empty_loop` is the loop alone). Kinds:
class calls (floats' `Point(i)`, a `super().__init__` chain as in raytracer and scheduler), a method call on an
instance with a dict (LOAD_METHOD's shadow check), list slices as fannkuch makes them, `int()` of a float (chaos),
`list.sort`/`min` with `key=` (scheduler, constraints).
"""
import sys
import time

cpu = getattr(time, "thread_time", None) or time.process_time


class P1:
    def __init__(self, i):
        self.x = i


class P3:
    def __init__(self, i):
        self.x = i
        self.y = i
        self.z = i

    def m(self):
        return 1


class Base:
    def __init__(self, a):
        self.a = a


class Sub(Base):
    def __init__(self, a):
        super().__init__(a)
        self.b = a


def k_empty(n):
    t = 0
    for i in range(n):
        t += 1
    return t


def k_class_call1(n):
    t = 0
    for i in range(n):
        t += P1(i).x
    return t


def k_class_call3(n):
    t = 0
    for i in range(n):
        t += P3(i).z
    return t


def k_super_init(n):
    t = 0
    for i in range(n):
        t += Sub(i).b
    return t


def k_method_call(n):
    t = 0
    ps = [P3(i) for i in range(64)]
    for i in range(n):
        t += ps[i & 63].m()
    return t


def k_slice_copy(n):
    t = 0
    lst = list(range(8))
    for i in range(n):
        t += len(lst[:])
    return t


def k_slice_reverse(n):
    t = 0
    p = list(range(8))
    for i in range(n):
        k = (i & 7) + 1
        p[:k] = p[k - 1::-1]
        t += p[0]
    return t


def k_slice_shift(n):
    t = 0
    perm = list(range(9))
    for i in range(n):
        r = (i & 7) + 1
        p0 = perm[0]
        perm[:r] = perm[1:r + 1]
        perm[r] = p0
        t += perm[0]
    return t


def k_int_of_float(n):
    t = 0
    x = 0.37
    for i in range(n):
        t += int(x * i)
    return t


def k_sort_key(n):
    t = 0
    xs = [5, 3, 8, 1, 9, 2, 7, 4]
    f = abs
    for i in range(n // 8):
        xs.sort(key=f)
        t += xs[0]
    return t


def k_min_key(n):
    t = 0
    xs = [5, 3, 8, 1, 9, 2, 7, 4]
    for i in range(n // 8):
        t += min(xs, key=lambda v: -v)
    return t


KINDS = [(name[2:], fn) for name, fn in sorted(globals().items()) if name.startswith("k_")]


def time_kind(fn, n, reps):
    times = []
    for _ in range(reps):
        c0 = cpu()
        fn(n)
        times.append(cpu() - c0)
    tail = sorted(times[len(times) // 2:])
    return tail[len(tail) // 2]


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 200000
    reps = int(argv[2]) if len(argv) > 2 else 10
    want = set(argv[3].split(",")) if len(argv) > 3 else None
    kinds = [(name, fn) for name, fn in KINDS if name == "empty" or not want or name in want]
    for last in (False, True):
        res = [(name, time_kind(fn, n, reps)) for name, fn in kinds]
        if last:
            for name, t in res:
                print("%-18s %8.1f ns/iteration" % (name, t / n * 1e9))


if __name__ == "__main__":
    main(sys.argv)
