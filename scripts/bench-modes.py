#!/usr/bin/env python3
"""Times bin/stmpy in several modes side by side: whole process, wall and CPU (user+sys of the JVM).

Each case is a Python program with its arguments (or `-c CODE`); every run of every mode is interleaved
(case by case, round by round, the modes in turn), so that a change of the machine's load hits all modes alike.
Prints a Markdown table of medians (wall and CPU), the ratio to the first mode, and the load average before and
after; --out FILE writes it there too. Runs under CPython 3; needs only the standard library.

  scripts/bench-modes.py --runs 5 --modes gil,auto,stm -- "-c pass" "benchmarks/python/whole/sumsq_threads.py 10000000 1"
"""
import argparse
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(stmpy, mode, args, env, timeout):
    """(wall s, cpu s, stdout) of one whole-process run; raises on a failure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run([stmpy, "--" + mode] + args, cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=timeout)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        raise RuntimeError(f"{mode} {' '.join(args)} exited {p.returncode}: {p.stderr[-500:]}")
    return wall, cpu, p.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--modes", default="gil,auto,stm")
    ap.add_argument("--stmpy", default=os.path.join(ROOT, "bin", "stmpy"))
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--out")
    ap.add_argument("cases", nargs="+", help="one string per case: the program and its arguments")
    a = ap.parse_args()
    modes = a.modes.split(",")
    env = dict(os.environ)
    for m in modes:  # build and make the CDS archives first, outside the timing
        run_once(a.stmpy, m, ["-c", "pass"], env, a.timeout)
    load0 = os.getloadavg()
    res = {}
    for case in a.cases:
        args = shlex.split(case)
        outs = {}
        for _ in range(a.runs):
            for m in modes:
                w, c, out = run_once(a.stmpy, m, args, env, a.timeout)
                res.setdefault((case, m), []).append((w, c))
                outs.setdefault(m, out)
        if len(set(outs.values())) > 1:
            print(f"warning: the modes print different output for {case}", file=sys.stderr)
    load1 = os.getloadavg()
    lines = ["| case | " + " | ".join(f"{m} wall | {m} cpu" for m in modes) + " | "
             + " | ".join(f"{m}/{modes[0]} wall (cpu)" for m in modes[1:]) + " |",
             "|---" * (1 + 2 * len(modes) + len(modes) - 1) + "|"]
    for case in a.cases:
        med = {m: (statistics.median(w for w, _ in res[(case, m)]), statistics.median(c for _, c in res[(case, m)]))
               for m in modes}
        base = med[modes[0]]
        cells = [f"{med[m][0]:.2f} s | {med[m][1]:.2f} s" for m in modes]
        ratios = [f"{med[m][0] / base[0]:.2f}x ({med[m][1] / base[1]:.2f}x)" for m in modes[1:]]
        lines.append(f"| `{case}` | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
    lines.append("")
    lines.append(f"Medians of {a.runs} runs per cell, modes interleaved; load average (1/5/15 min) "
                 f"{load0[0]:.2f}/{load0[1]:.2f}/{load0[2]:.2f} before, {load1[0]:.2f}/{load1[1]:.2f}/{load1[2]:.2f}"
                 f" after; {os.cpu_count()} cores.")
    text = "\n".join(lines)
    print(text)
    if a.out:
        with open(a.out, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
