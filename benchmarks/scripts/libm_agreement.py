"""Agreement of math functions with CPython: how many of a fixed sample of arguments give a result whose repr
differs from CPython's (life22; lead21 measured cosh/sinh/log10 the same way).

The sample per function: 4200 arguments from random.Random(2212) over ranges that matter for it (small, medium,
large, negative where the domain allows), the same on both sides. Exceptions count as results (their type name).

Usage:
  python3 benchmarks/scripts/libm_agreement.py --dump            # one line per argument: name, arg, result
  python3 benchmarks/scripts/libm_agreement.py bin/stmpy [...]   # runs --dump under python3 and each
                                                                 # interpreter, prints the counts side by side
  add --show N to print the first N differing arguments per function of the last interpreter
"""
import math
import os
import random
import subprocess
import sys

FUNCS = ["atan", "atan2", "cbrt", "log2", "erf", "erfc", "gamma", "lgamma", "asinh", "acosh", "atanh", "cosh", "sinh",
         "log10", "exp", "log", "sin", "cos", "tan"]


def column(launcher):
    """A column's title: the checkout of a bin/stmpy launcher (its directory's parent), else the command."""
    p = os.path.abspath(launcher.split()[0])
    return (os.path.basename(os.path.dirname(os.path.dirname(p))) if p.endswith("stmpy") else launcher)[-14:]


def ranges(name):
    r = random.Random(2212)
    u = r.uniform
    if name in ("log2", "log10", "log", "acosh"):
        lo = 1.0 if name == "acosh" else 0.0
        return ([u(lo, 10) for _ in range(1400)] + [u(lo, 1000) for _ in range(1400)]
                + [math.ldexp(u(0.5, 1), r.randint(-1000, 1000)) for _ in range(1400)])
    if name == "atanh":
        return ([u(-1, 1) for _ in range(2800)]
                + [math.copysign(math.ldexp(u(0.5, 1), r.randint(-60, -1)), u(-1, 1)) for _ in range(1400)])
    if name in ("gamma", "lgamma"):
        return ([u(-10, 10) for _ in range(1400)] + [u(0, 170) for _ in range(1400)]
                + [u(0, 1) * 10 ** r.randint(-8, 2) for _ in range(1400)])
    if name in ("erf", "erfc"):
        return [u(-6, 6) for _ in range(2100)] + [u(-1, 1) * 10 ** r.randint(-9, 0) for _ in range(2100)]
    if name in ("cosh", "sinh", "exp"):
        return [u(-10, 10) for _ in range(2100)] + [u(-700, 700) for _ in range(2100)]
    return ([u(-10, 10) for _ in range(1400)] + [u(0, 1000) for _ in range(1400)]
            + [math.copysign(math.ldexp(u(0.5, 1), r.randint(-60, 60)), u(-1, 1)) for _ in range(1400)])


def dump():
    out = []
    for name in FUNCS:
        f = getattr(math, name)
        args = ranges(name)
        if name == "atan2":
            r = random.Random(7)
            args = [(y, r.uniform(-10, 10) * 10 ** r.randint(-3, 3)) for y in args]
        for x in args:
            try:
                v = repr(f(*x) if isinstance(x, tuple) else f(x))
            except Exception as e:
                v = type(e).__name__
            out.append("%s %r %s" % (name, x, v))
    sys.stdout.write("\n".join(out) + "\n")


def run(cmd):
    p = subprocess.run(cmd + [__file__, "--dump"], capture_output=True, text=True, check=True)
    return p.stdout.splitlines()


def main():
    args = sys.argv[1:]
    if args == ["--dump"]:
        dump()
        return
    show = 0
    if "--show" in args:
        i = args.index("--show")
        show = int(args[i + 1])
        del args[i:i + 2]
    ref = run([sys.executable])
    cols = {a: run(a.split()) for a in args}
    print("%-8s %6s " % ("func", "n") + " ".join("%14s" % column(a)
                                                  for a in args))
    for name in FUNCS:
        idx = [i for i, l in enumerate(ref) if l.split(" ", 1)[0] == name]
        row = "%-8s %6d " % (name, len(idx))
        for a in args:
            row += " %14d" % sum(1 for i in idx if cols[a][i] != ref[i])
        print(row)
    if show and args:
        last = cols[args[-1]]
        for name in FUNCS:
            k = 0
            for i, l in enumerate(ref):
                if l.split(" ", 1)[0] == name and last[i] != l:
                    print("  %s   cpython %s   got %s" % (l.rsplit(" ", 1)[0], l.rsplit(" ", 1)[1],
                                                         last[i].rsplit(" ", 1)[1]))
                    k += 1
                    if k >= show:
                        break


if __name__ == "__main__":
    main()
