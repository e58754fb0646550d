"""Per-call cost of calls of built-in functions and methods, warm, one kind at a time.

usage: builtin_calls.py [N] [REPS] [KIND,KIND,...]
Each kind is a small function that makes N calls of one kind in a loop (a loop of the same shape without the
call is timed too and subtracted). It runs REPS times in this process; the printed time is the median thread CPU
(`time.thread_time`) of the last half of the repetitions, in nanoseconds per call. Run it under CPython 3.11 and
under stmpy side by side; the kinds are the calls that issue 10's programs make most (chaos: rng.random(),
constraints: list.append/pop and dict.get, floats: math.sqrt, generators and scheduler: len, isinstance).
"""
import math
import random
import sys
import time
from collections import deque

cpu = getattr(time, "thread_time", None) or time.process_time


def k_empty(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        t += 1
    return t


def k_list_append_pop(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        lst.append(i)
        t += lst.pop()
    return t


def k_dict_get(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        t += d.get(i & 7, 0)
    return t


def k_dict_get1(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        if d.get(i & 15) is None:
            t += 1
    return t


def k_len(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        t += len(lst)
    return t


def k_isinstance(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        if isinstance(i, int):
            t += 1
    return t


def k_min2(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        t += min(i, 5)
    return t


def k_abs(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        t += abs(i)
    return t


def k_str_join(n, lst, d, s, rng, dq):
    t = 0
    parts = ["a", "b", "c"]
    for i in range(n):
        t += len(",".join(parts))
    return t


def k_str_startswith(n, lst, d, s, rng, dq):
    t = 0
    w = "hello world"
    for i in range(n):
        if w.startswith("hell"):
            t += 1
    return t


def k_str_upper(n, lst, d, s, rng, dq):
    t = 0
    w = "hello"
    for i in range(n):
        t += len(w.upper())
    return t


def k_rng_random(n, lst, d, s, rng, dq):
    t = 0.0
    for i in range(n):
        t += rng.random()
    return int(t)


def k_math_sqrt(n, lst, d, s, rng, dq):
    t = 0.0
    sqrt = math.sqrt
    for i in range(n):
        t += sqrt(i)
    return int(t)


def k_math_attr_sqrt(n, lst, d, s, rng, dq):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i)
    return int(t)


def k_set_add(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        s.add(i & 31)
    return len(s)


def k_deque(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        dq.append(i)
        t += dq.popleft()
    return t


def k_int_bit_length(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        t += i.bit_length()
    return t


def k_float_is_integer(n, lst, d, s, rng, dq):
    t = 0
    x = 2.5
    for i in range(n):
        if x.is_integer():
            t += 1
    return t


def k_bound_method(n, lst, d, s, rng, dq):
    t = 0
    app = lst.append
    for i in range(n):
        app(i)
    del lst[:]
    return t


def k_sorted_key(n, lst, d, s, rng, dq):
    t = 0
    xs = [3, 1, 2]
    for i in range(n):
        t += sorted(xs, key=abs)[0]
    return t


def k_split_maxsplit(n, lst, d, s, rng, dq):
    t = 0
    w = "a b c d"
    for i in range(n):
        t += len(w.split(" ", maxsplit=1))
    return t


def k_dict_kw(n, lst, d, s, rng, dq):
    t = 0
    for i in range(n):
        t += len(dict(a=1, b=i))
    return t


def _defaults(a, b=1, c=2):
    return a + b + c


def k_pyfunc_defaults(n, lst, d, s, rng, dq):
    t = 0
    f = _defaults
    for i in range(n):
        t += f(i)
    return t


def k_pyfunc_kwargs(n, lst, d, s, rng, dq):
    t = 0
    f = _defaults
    for i in range(n):
        t += f(i, c=3)
    return t


KINDS = [(name[2:], fn) for name, fn in sorted(globals().items()) if name.startswith("k_")]


def time_kind(fn, n, reps):
    times = []
    for _ in range(reps):
        lst = []
        d = {i: i for i in range(8)}
        s = set()
        rng = random.Random(5)
        dq = deque()
        c0 = cpu()
        fn(n, lst, d, s, rng, dq)
        times.append(cpu() - c0)
    tail = sorted(times[len(times) // 2:])
    return tail[len(tail) // 2]


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 200000
    reps = int(argv[2]) if len(argv) > 2 else 10
    want = set(argv[3].split(",")) if len(argv) > 3 else None
    kinds = [(name, fn) for name, fn in KINDS if name == "empty" or not want or name in want]
    # two passes over all kinds: the first warms up (the JIT compiles the loop while the kinds change), the
    # second is printed
    for last in (False, True):
        res = [(name, time_kind(fn, n, reps)) for name, fn in kinds]
        if not last:
            continue
        empty = dict(res)["empty"]
        for name, t in res:
            if name == "empty":
                continue
            print("%-18s %8.1f ns/iteration %8.1f ns/call net of the empty loop" % (name, t / n * 1e9,
                                                                                (t - empty) / n * 1e9))
        print("%-18s %8.1f ns/iteration" % ("empty_loop", empty / n * 1e9))


if __name__ == "__main__":
    main(sys.argv)
