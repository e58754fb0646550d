# The training run of bin/stmpy's class-data-sharing archive: the classes a run loads here are archived (mapped
# at every later start instead of read from the jars and verified). Before, the archive came from `-c pass`, and a
# 1 s benchmark program still loaded 230-670 classes from the jars (math, random and what it imports: os, _sre,
# threading, itertools, hashlib). This imports the modules small programs use and runs the common object paths
# once. stmpy runs it once per build, under -Xint (a JIT compile still queued when the archive is written leaves
# that method marked as queued in the archive: never compiled again in any later run), without -B (it writes the
# code cache of the library modules imported here, which later runs read instead of compiling them: CPython ships
# its standard library's .pyc files, and PYTHONDONTWRITEBYTECODE stops only writing), its output discarded. Kept small: under -Xint every module imported here costs 0.1-2 s of CPU.
import sys
import math
import random
import time
import itertools
import functools
import collections
import operator
import heapq
import bisect
# re (and the enum, functools, collections it imports): random imported it through warnings until _warnings
# had CPython's C state (whole17); kept in the training so that programs using re still find its classes here
import re
import threading


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y:.3f})"

    @property
    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Node:
    def __init__(self, name, kids=()):
        self.name = name
        self.kids = list(kids)

    def walk(self):
        yield self.name
        for k in self.kids:
            yield from k.walk()


def work(n):
    rnd = random.Random(5)
    out = []
    acc = Vec(0.0, 0.0)
    for i in range(n):
        v = Vec(rnd.random(), rnd.uniform(-1.0, 1.0))
        acc = acc + v
        out.append("%d %s %.2f" % (i, v, v.norm))
        out.append("{:>5}|{:<4}".format(i, str(i)))
    d = {str(i): i * i for i in range(n)}
    s = {i % 7 for i in range(n)}
    t = tuple(sorted(d.values(), key=lambda x: -x))
    c = collections.Counter(x % 5 for x in range(n))
    dq = collections.deque(range(10), maxlen=5)
    dd = collections.defaultdict(list)
    for k, g in itertools.groupby(sorted(range(n), key=lambda x: x % 3), key=lambda x: x % 3):
        dd[k].extend(g)
    tree = Node("a", [Node("b", [Node("c")]), Node("d")])
    names = list(tree.walk())
    words = " ".join(out[:20]).split()
    joined = ",".join(w.upper().strip() for w in words if w.isalnum())
    h = [(rnd.randint(0, 100), i) for i in range(50)]
    heapq.heapify(h)
    bisect.insort(names, "bb")
    try:
        int("x")
    except ValueError:
        pass
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    print(len(out), sum(t[:5]), len(s), c.most_common(1), dq, names, joined[:3])
    functools.reduce(operator.add, range(10))
    return acc, min(t), max(t), abs(-3.5), divmod(17, 5), round(2.675, 2), hash("k"), 2 ** 70 // 3, bin(5)


def spin(n, out, i):
    s = 0
    for k in range(n):
        s += k * k % 7
    out[i] = s


def threads():
    # Two threads that both run bytecode for longer than auto mode's grace: under --auto they switch to transactions
    # (and back), so the auto archive holds the engine, the transactional twins' companions and the JDK classes they
    # pull in (a threaded --auto run loaded about 150 of them from the jars at its first switch: indep_cpu.py 2 threads,
    # 281 classes from the jars against --gil's 133; papers/results/auto-mode.md, auto20); the thread CPU clock is the
    # one threaded benchmarks read (time.thread_time).
    out = [0, 0]
    ts = [threading.Thread(target=spin, args=(5000, out, i)) for i in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    time.thread_time()
    time.process_time()


def main():
    work(40)
    threads()
    time.perf_counter()
    sys.getrecursionlimit()
    re.compile(r"(\w+)-(\d+)").match("ab-12").group(2)
    # The compiler's paths, whatever the code cache holds: with the modules above read from the cache (the STM and
    # auto archives are trained one after the other on one jar, so the second found the cache the first wrote), the
    # only code compiled here was this file, and a later run that compiled a script of its own opened the jar for
    # the compiler's classes missing from the archive (base19 --auto: nqueens.py 8 loaded 1,561 classes, 20 of them
    # from the jar, against --gil's 1,495 and 1; papers/results/auto-mode.md, auto19). Compiling their sources
    # here makes every training cover what a cold cache would.
    for m in (random, collections, functools, re):
        try:
            compile(m.__loader__.get_source(m.__name__), m.__file__, "exec")
        except Exception:
            pass


main()
