#!/usr/bin/env python3
"""Times the Python benchmark programs (benchmarks/python) under CPython and under stmpy.

For each program it measures
  (a) whole process: `python3 prog.py N` against `bin/stmpy prog.py N`, medians of --runs runs, the interpreters
      interleaved (one run of each per round, the order rotated every round, so a change of the machine's load
      falls on all of them alike);
  (b) warm: `warm.py prog N REPS` under each interpreter, which times run(N) in-process and prints the median
      of the last half of the repetitions;
checks that both interpreters print the same checksum, and writes a Markdown table (medians and the ratio
stmpy / CPython) to papers/results/python.md with the command line and the machine. Each cell gives CPU time
(whole process: user + system of the child, JIT and GC threads included; warm: `time.thread_time` of the
thread running run(N)) and wall time; on a shared machine the CPU times are the ones to compare, on a quiet one
the wall times (the JIT compiles on threads of its own, beside the program, so a process's CPU time can exceed
its wall time). Both ratios to CPython are reported side by side, with a count of the programs at or below 1.0x.
--baseline LAUNCHER adds a second stmpy (e.g. an older build) measured in the same run, for before/after.
Before a program's runs each stmpy runs it once at its quick size, unmeasured, with bytecode writing allowed: that
fills stmpy's on-disk code cache of the library modules the program imports (CPython's standard library comes with
its .pyc files), so a measured run is what a user's second run is even where PYTHONDONTWRITEBYTECODE is set;
--no-prime skips it (a first run after a build then compiles the library from source).

A missing or failing stmpy (or CPython) makes that cell read "failed"; the run goes on.
Runs under CPython 3; needs nothing outside the standard library.
"""
import argparse
import datetime
import os
import platform
import shlex
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "benchmarks", "python")

# Sizes for which CPython 3.11 takes roughly 0.3-1.2 s per program on the project machine ("full", kept so that
# older tables stay comparable), about 1 s each ("second": issue 10's whole-process target is stated for programs
# of about 1 s on CPython; nqueens and fannkuch grow by 5-10x a step, so they stay at 0.5-0.7 s), and small ones
# for a quick check of a slow interpreter.
SIZES = {
    "full": {"scheduler": 200000, "nbody": 200000, "spectral_norm": 350, "fannkuch": 9, "nqueens": 11,
             "constraints": 100, "raytracer": 220, "chaos": 700000, "floats": 50000, "generators": 1000,
             "strformat": 3000000, "floatfmt": 300000},
    "second": {"scheduler": 200000, "nbody": 200000, "spectral_norm": 350, "fannkuch": 9, "nqueens": 11,
               "constraints": 100, "raytracer": 220, "chaos": 700000, "floats": 160000, "generators": 1800,
               "strformat": 3000000, "floatfmt": 300000},
    "quick": {"scheduler": 5000, "nbody": 5000, "spectral_norm": 50, "fannkuch": 7, "nqueens": 7,
              "constraints": 4, "raytracer": 24, "chaos": 10000, "floats": 2000, "generators": 20,
              "strformat": 100000, "floatfmt": 10000},
}


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--preset", choices=sorted(SIZES), default="full", help="size preset (default: full)")
    ap.add_argument("--size", action="append", default=[], metavar="PROG=N", help="override one program's size")
    ap.add_argument("--programs", default="", help="comma-separated subset of programs")
    ap.add_argument("--runs", type=int, default=3, help="whole-process runs per cell (median), default 3")
    ap.add_argument("--reps", type=int, default=6, help="in-process repetitions for the warm time, default 6")
    ap.add_argument("--python", default="python3", help="the CPython command (default: python3)")
    ap.add_argument("--stmpy", default=os.path.join(ROOT, "bin", "stmpy"), help="the stmpy launcher")
    ap.add_argument("--baseline", default="", help="a second stmpy launcher measured side by side (before/after)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds before one run counts as failed")
    ap.add_argument("--no-warm", action="store_true", help="skip the in-process (warm) measurement")
    ap.add_argument("--no-process", action="store_true", help="skip the whole-process measurement")
    ap.add_argument("--no-prime", action="store_true",
                    help="no unmeasured first run that fills stmpy's code cache of library modules")
    ap.add_argument("--note", action="append", default=[], help="a line of context to add under the table")
    ap.add_argument("--out", default=os.path.join(ROOT, "papers", "results", "python.md"))
    return ap.parse_args()


NAMES = {"cpy": "CPython", "base": "baseline stmpy", "stm": "stmpy"}


class Failed(Exception):
    pass


def run_once(cmd, timeout, env=None):
    """Runs cmd in the benchmark directory; returns (stdout, wall s, CPU s of the child) or raises Failed."""
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=BENCH_DIR, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, timeout=timeout, env=env)
    except FileNotFoundError:
        raise Failed("not found: %s" % cmd[0])
    except PermissionError:
        raise Failed("not executable: %s" % cmd[0])
    except subprocess.TimeoutExpired:
        raise Failed("timed out after %g s" % timeout)
    wall = time.perf_counter() - start
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    if proc.returncode != 0:
        last = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["(no stderr)"]
        raise Failed("exit %d: %s" % (proc.returncode, last[0][:200]))
    return proc.stdout.decode("utf-8", "replace"), wall, cpu


def prime(interp, prog, n, timeout):
    """One unmeasured run with bytecode writing allowed (fills the interpreter's code cache); errors ignored."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    try:
        run_once(interp + [prog + ".py", str(n)], timeout, env)
    except Failed:
        pass


def whole_process(interps, prog, n, runs, timeout):
    """{key: ((checksum, (median CPU s, median wall s)) or None, error or None)} of runs whole-process runs of
    each interpreter, interleaved: one run of each per round, the order rotated every round."""
    samples = {key: ([], [], set()) for key, _ in interps}
    errors = {}
    for r in range(runs):
        order = interps[r % len(interps):] + interps[:r % len(interps)]
        for key, interp in order:
            if key in errors:
                continue
            try:
                out, wall, cpu = run_once(interp + [prog + ".py", str(n)], timeout)
            except Failed as e:
                errors[key] = str(e)
                continue
            cpus, walls, outputs = samples[key]
            cpus.append(cpu)
            walls.append(wall)
            outputs.add(out.strip())
    result = {}
    for key, _ in interps:
        cpus, walls, outputs = samples[key]
        if key in errors:
            result[key] = (None, errors[key])
        elif len(outputs) != 1:
            result[key] = (None, "output changed between runs: %s" % sorted(outputs))
        else:
            result[key] = ((outputs.pop(), (statistics.median(cpus), statistics.median(walls))), None)
    return result


def warm(interp, prog, n, reps, timeout):
    """(checksum, (median thread CPU s, median wall s)) of warm.py's in-process repetitions."""
    out, _, _ = run_once(interp + ["warm.py", prog, str(n), str(reps)], timeout)
    lines = out.strip().splitlines()
    if len(lines) < 3 or not lines[-1].startswith("median_s=") or not lines[-2].startswith("median_cpu_s="):
        raise Failed("unexpected warm.py output: %r" % out[-200:])
    return ("\n".join(l for l in lines[:-2] if not l.startswith("min_cpu_s=")).strip(),
            (float(lines[-2].split("=", 1)[1]), float(lines[-1].split("=", 1)[1])))


def attempt(fn, *args):
    try:
        return fn(*args), None
    except Failed as e:
        return None, str(e)


def fmt_time(value, skipped=False):
    """A (cpu, wall) pair as 'cpu (wall)'."""
    return "-" if skipped and value is None else "failed" if value is None else "%.3f (%.3f)" % value


def ratio(a, b, i):
    """The ratio a / b of the CPU (i = 0) or wall (i = 1) times of two (cpu, wall) pairs, or None."""
    return None if a is None or b is None or b[i] == 0 else a[i] / b[i]


def fmt_ratio(a, b, i=0):
    """The CPU-time (i = 0) or wall-time (i = 1) ratio a / b of two (cpu, wall) pairs."""
    value = ratio(a, b, i)
    return "n/a" if value is None else "%.2f" % value


def fmt_ratios(a, b):
    """'CPU ratio | wall ratio' of two (cpu, wall) pairs: two table cells."""
    return "%s | %s" % (fmt_ratio(a, b, 0), fmt_ratio(a, b, 1))


def at_most_one(rows, key, kind, i):
    """How many rows have a ratio (CPU: i = 0, wall: i = 1) of key's kind ('proc', 'warm') to CPython <= 1.0,
    out of how many have one."""
    values = [ratio(r[key + "_" + kind], r["cpy_" + kind], i) for r in rows]
    values = [v for v in values if v is not None]
    return "%d of %d" % (sum(1 for v in values if v <= 1.0), len(values))


def machine():
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %d logical CPUs (%s)" % (model, os.cpu_count() or 0, platform.platform())


def version(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        text = p.stdout.decode("utf-8", "replace").strip().splitlines()
        return text[0] if text else "unknown"
    except (OSError, subprocess.TimeoutExpired):
        return "unavailable"


def main():
    args = parse_args()
    sizes = dict(SIZES[args.preset])
    for item in args.size:
        name, _, value = item.partition("=")
        if name not in sizes or not value.isdigit():
            sys.exit("bench-python: bad --size %r (programs: %s)" % (item, ", ".join(sizes)))
        sizes[name] = int(value)
    programs = [p for p in args.programs.split(",") if p] or list(sizes)
    unknown = [p for p in programs if p not in sizes]
    if unknown:
        sys.exit("bench-python: unknown program(s) %s (known: %s)" % (", ".join(unknown), ", ".join(sizes)))
    cpython = shlex.split(args.python)
    try:  # resolve wrappers such as pyenv shims, which would add their own start-up to every process time
        real = subprocess.run(cpython + ["-c", "import sys; print(sys.executable)"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, timeout=60).stdout.decode().strip()
        if real:
            cpython = [real]
    except (OSError, subprocess.TimeoutExpired):
        pass
    stmpy = [os.path.abspath(args.stmpy)]
    interps = [("cpy", cpython), ("stm", stmpy)]
    if args.baseline:
        interps.insert(1, ("base", [os.path.abspath(args.baseline)]))
    rows, notes = [], []
    stmpy_missing = not os.path.exists(stmpy[0])
    if stmpy_missing:
        print("bench-python: %s does not exist; its cells will read 'failed'" % stmpy[0], file=sys.stderr)
        notes.append("stmpy: %s does not exist (build the interpreter first)" % os.path.relpath(stmpy[0], ROOT))
    load_start = os.getloadavg()
    for prog in programs:
        n = sizes[prog]
        print("bench-python: %s %d" % (prog, n), file=sys.stderr, flush=True)
        row = {"prog": prog, "n": n}
        present = [(key, interp) for key, interp in interps if not (key == "stm" and stmpy_missing)]
        if not args.no_prime:
            for key, interp in present:
                if key != "cpy":
                    prime(interp, prog, SIZES["quick"][prog], args.timeout)
        procs = {} if args.no_process else whole_process(present, prog, n, args.runs, args.timeout)
        for key, interp in interps:
            if key == "stm" and stmpy_missing:
                row.update(stm_out=None, stm_proc=None, stm_wout=None, stm_warm=None)
                continue
            res, err = procs.get(key, (None, None))
            row[key + "_out"], row[key + "_proc"] = res if res else (None, None)
            if err:
                notes.append("%s, %s, whole process: %s" % (prog, NAMES[key], err))
            if args.no_warm:
                row[key + "_wout"], row[key + "_warm"] = None, None
                continue
            res, err = attempt(warm, interp, prog, n, args.reps, args.timeout)
            row[key + "_wout"], row[key + "_warm"] = res if res else (None, None)
            if err:
                notes.append("%s, %s, warm: %s" % (prog, NAMES[key], err))
        outs = {row[k + s] for k, _ in interps for s in ("_out", "_wout") if row[k + s] is not None}
        if (row["cpy_out"] or row["cpy_wout"]) is None or (row["stm_out"] or row["stm_wout"]) is None:
            row["match"] = "n/a"
        else:
            row["match"] = "yes" if len(outs) == 1 else "NO"
            if len(outs) != 1:
                notes.append("%s: checksums differ: %s" % (prog, sorted(outs)))
        row["checksum"] = row["cpy_out"] or row["cpy_wout"] or row["stm_out"] or ""
        rows.append(row)

    command = " ".join(shlex.quote(a) for a in [os.path.relpath(sys.argv[0], ROOT)] + sys.argv[1:])
    lines = [
        "# Python benchmarks: stmpy against CPython",
        "",
        "Generated by `scripts/bench-python.py` on %s UTC." % datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"),
        "",
        "- Command: `%s` (preset `%s`, %d whole-process runs per cell, %d in-process repetitions; %s)"
        % (command, args.preset, args.runs, args.reps,
           "no priming run: stmpy's code cache as found" if args.no_prime
           else "stmpy's code cache of library modules filled by an unmeasured run first"),
        "- Machine: %s; shared with other jobs, so the numbers are noisy" % machine(),
        "- CPython: `%s` (%s)" % (" ".join(cpython), version(cpython + ["--version"])),
        "- stmpy: `%s` (java: %s)" % (os.path.relpath(stmpy[0], ROOT), version(["java", "-version"])),
        "",
        "Times are medians in seconds, CPU (wall). *Process*: the whole `interpreter prog.py N` run, start-up"
        " included, the interpreters interleaved run by run; CPU = user + system of the process (its JIT and GC"
        " threads included). *Warm*: the median of the last half of %d calls of `run(N)` in one process"
        " (`benchmarks/python/warm.py`); CPU = `time.thread_time` of the running thread. Ratios = stmpy / CPython,"
        " of the CPU times and of the wall times (above 1: stmpy is slower); on a loaded machine only the CPU"
        " ratios mean much." % args.reps,
        "- Load average (1, 5, 15 min) at the start: %s; at the end: %s"
        % (" ".join("%.2f" % x for x in load_start), " ".join("%.2f" % x for x in os.getloadavg())),
        "",
    ]
    if args.baseline:
        lines += ["Baseline: `%s`." % args.baseline, "",
                  "| program | N | CPython process | base process | stmpy process | base CPU ratio | base wall ratio"
                  " | CPU ratio | wall ratio | CPython warm | base warm | stmpy warm | base CPU ratio | base wall ratio"
                  " | CPU ratio | wall ratio | same checksum |",
                  "| --- | ---: |" + " ---: |" * 14 + " :---: |"]
        for r in rows:
            lines.append("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                r["prog"], r["n"], fmt_time(r["cpy_proc"], args.no_process),
                fmt_time(r["base_proc"], args.no_process), fmt_time(r["stm_proc"], args.no_process),
                fmt_ratios(r["base_proc"], r["cpy_proc"]), fmt_ratios(r["stm_proc"], r["cpy_proc"]),
                fmt_time(r["cpy_warm"], args.no_warm), fmt_time(r["base_warm"], args.no_warm),
                fmt_time(r["stm_warm"], args.no_warm), fmt_ratios(r["base_warm"], r["cpy_warm"]),
                fmt_ratios(r["stm_warm"], r["cpy_warm"]), r["match"]))
    else:
        lines += ["| program | N | CPython process | stmpy process | CPU ratio | wall ratio | CPython warm"
                  " | stmpy warm | CPU ratio | wall ratio | same checksum |",
                  "| --- | ---: |" + " ---: |" * 8 + " :---: |"]
        for r in rows:
            lines.append("| %s | %d | %s | %s | %s | %s | %s | %s | %s |" % (
                r["prog"], r["n"], fmt_time(r["cpy_proc"], args.no_process),
                fmt_time(r["stm_proc"], args.no_process), fmt_ratios(r["stm_proc"], r["cpy_proc"]),
                fmt_time(r["cpy_warm"], args.no_warm), fmt_time(r["stm_warm"], args.no_warm),
                fmt_ratios(r["stm_warm"], r["cpy_warm"]), r["match"]))
    counts = []
    for key in [k for k, _ in interps if k != "cpy"]:
        parts = []
        if not args.no_process:
            parts.append("whole process %s by CPU, %s by wall" % (at_most_one(rows, key, "proc", 0),
                                                                   at_most_one(rows, key, "proc", 1)))
        if not args.no_warm:
            parts.append("warm %s by CPU, %s by wall" % (at_most_one(rows, key, "warm", 0),
                                                         at_most_one(rows, key, "warm", 1)))
        if parts:
            counts.append("- %s at or below 1.0x CPython: %s" % (NAMES[key], "; ".join(parts)))
    if counts:
        lines += [""] + counts
    lines += ["", "Checksums (CPython): " + "; ".join("%s `%s`" % (r["prog"], r["checksum"]) for r in rows)]
    if args.note:
        lines += ["", "Notes:", ""] + ["- " + n for n in args.note]
    if notes:
        lines += ["", "Failures:", ""] + ["- " + n.replace("|", "\\|") for n in notes]
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    print("bench-python: wrote %s" % args.out, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
