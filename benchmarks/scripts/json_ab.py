"""Interleaved A/B of benchmarks/python/json_codec.py: base, new and CPython, ROUNDS rounds, median thread CPU.

usage: json_ab.py BASE_STMPY NEW_STMPY ROUNDS [KIND:N:REPS ...]
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROG = os.path.join(HERE, "..", "python", "json_codec.py")


def run(cmd, kind, n, reps):
    out = subprocess.run(cmd + [PROG, kind, n, reps], capture_output=True, text=True, timeout=1200).stdout
    cold = re.search(r"cold dumps=([\d.]+) loads=([\d.]+)", out)
    warm = re.search(r"warm dumps=([\d.]+) loads=([\d.]+)", out)
    chk = re.search(r"checksum (\d+)", out)
    if not cold:
        raise SystemExit("no result from %s: %s" % (cmd, out[-500:]))
    return [float(x) for x in cold.groups() + (warm.groups() if warm else (0, 0))], chk.group(1)


def med(v):
    v = sorted(v)
    return v[len(v) // 2] if len(v) % 2 else (v[len(v) // 2 - 1] + v[len(v) // 2]) / 2


def main():
    base, new, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    cases = sys.argv[4:] or ["records:50000:4", "deep:300:4", "strings:20000:4"]
    builds = [("base27", [base]), ("json27", [new]), ("cpython", [sys.executable])]
    for case in cases:
        kind, n, reps = case.split(":")
        res = {name: [] for name, _ in builds}
        for r in range(rounds):
            for name, cmd in builds:
                v, chk = run(cmd, kind, n, reps)
                res[name].append(v)
                print("round %d %s %s %s checksum %s" % (r, case, name, " ".join("%.3f" % x for x in v), chk),
                      flush=True)
        print("## %s (median of %d rounds, thread CPU s): build cold-dumps cold-loads warm-dumps warm-loads" %
              (case, rounds))
        for name, _ in builds:
            cols = [med([v[i] for v in res[name]]) for i in range(4)]
            print("| %s | %s |" % (name, " | ".join("%.3f" % c for c in cols)))
        print("loadavg", open("/proc/loadavg").read().split()[:3], flush=True)


if __name__ == "__main__":
    main()
