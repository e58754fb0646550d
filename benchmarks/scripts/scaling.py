#!/usr/bin/env python3
"""Scaling benchmark: threaded Python programs at 1, 2 (and more) threads in GIL, STM and auto modes.

    benchmarks/scripts/scaling.py --quick          # a check that everything runs (a few minutes here)
    benchmarks/scripts/scaling.py                  # full: larger sizes, 3 processes x 3 repetitions each
    benchmarks/scripts/scaling.py --threads 1,2,4  # more threads where the machine has the cores

The programs are benchmarks/python/scaling/*.py (see their docstrings): independent CPU-bound work (strong
scaling), independent objects (weak scaling: the work per thread is fixed), shared dict/list/set work with a low
and a high conflict rate, and `with atomic:` transfers. Each is run as `bin/stmpy --MODE prog.py THREADS SIZE
REPS`; the program times its own threads (from the moment all of them have started and met at a barrier to the
last join, so JVM start-up and thread creation are left out) and prints a check value, which must be the same in
every mode and thread count. A program's cells are interleaved: one process of each (mode, threads) cell per
round, the order reversed every other round. The figure of a cell is the median over all its processes of the
repetitions after the first --warmup of each (the dispatch loop's C2 recompiles happen at the first few
repetition boundaries, papers/results/scaling.md, par15).

Speed-up is against 1 thread under the GIL: t_gil(1) / t(n) for the strong-scaling programs, and
n * t_gil(1) / t(n) (throughput) for the weak-scaling one. Also measured: the per-thread cost of STM mode, on the
1-thread runs of these programs and on the single-threaded programs of benchmarks/python (whole process, as
`bin/stmpy --MODE prog.py N`; start-up included).

Writes a Markdown table (medians, ratios, the command, the machine and its load average) to --out
(papers/results/scaling.md) and a PNG plot of speed-up against threads, one chart per mode, to --png
(papers/results/scaling.png) with XChart (fetched from Maven Central by `mvn dependency:get` when it is not in
~/.m2) through benchmarks/scripts/ScalingPlot.java. Runs under CPython 3 with the standard library only.
"""
import argparse
import datetime
import glob
import os
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STMPY = os.path.join(ROOT, "bin", "stmpy")
SCALING = os.path.join(ROOT, "benchmarks", "python", "scaling")
SINGLE = os.path.join(ROOT, "benchmarks", "python")
XCHART = "org.knowm.xchart:xchart:3.8.8"

# program -> (kind, quick size, full size); sizes are totals split over the threads, except for weak scaling
PROGRAMS = {
    "indep_cpu": ("strong", 20_000, 8_000_000),
    "indep_objects": ("weak", 6_400, 1_280_000),
    "shared_low": ("strong", 20_000, 4_000_000),
    "shared_high": ("strong", 20_000, 3_200_000),
    "atomic_transfer": ("strong", 2_000, 400_000),
}
# single-threaded programs of benchmarks/python for the per-thread cost: (quick size, full size)
SINGLE_PROGRAMS = {"nbody": (2000, 50_000), "spectral_norm": (30, 120), "fannkuch": (6, 8), "nqueens": (6, 8)}


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes, one process, one repetition")
    ap.add_argument("--threads", default="1,2", help="comma-separated thread counts (default 1,2)")
    ap.add_argument("--modes", default="gil,stm,auto", help="comma-separated modes (default gil,stm,auto)")
    ap.add_argument("--programs", default=",".join(PROGRAMS), help="comma-separated scaling programs")
    ap.add_argument("--runs", type=int, help="processes per cell, the cells interleaved (default 3; quick 1)")
    ap.add_argument("--reps", type=int, help="repetitions inside each process (default 6; quick 1)")
    ap.add_argument("--warmup", type=int,
                    help="repetitions at the start of each process left out of the medians (JIT warm-up: C2 "
                         "recompiles the dispatch loop at the first few repetition boundaries; default half "
                         "the repetitions)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds per process")
    ap.add_argument("--no-ceiling", action="store_true", help="skip the plain-Java ceiling measurement")
    ap.add_argument("--no-single", action="store_true", help="skip the single-threaded per-thread-cost programs")
    ap.add_argument("--out", default=os.path.join(ROOT, "papers", "results", "scaling.md"))
    ap.add_argument("--png", default=os.path.join(ROOT, "papers", "results", "scaling.png"))
    return ap.parse_args()


def run_stmpy(mode, args, timeout):
    """Runs bin/stmpy; returns (stdout, wall seconds) or (None, message)."""
    cmd = [STMPY, "--" + mode] + args
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None, "timed out"
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        return None, "exit %d: %s" % (p.returncode, p.stderr.strip().splitlines()[-1:] or "")
    return p.stdout, wall


CPU = {}  # (prog, mode, threads) -> median CPU seconds of the worker threads (summed over the threads)
OTHER = {}  # (prog, mode, threads) -> median CPU seconds of the rest of the process (JIT, GC) in a repetition


def measure_once(prog, mode, n, size, reps, warmup, timeout):
    """One process of prog: (times, cpus, others, checks) of its repetitions after the first `warmup` (others:
    the process's CPU outside the worker threads in the repetition), or None when it failed."""
    out, wall = run_stmpy(mode, [os.path.join(SCALING, prog + ".py"), str(n), str(size), str(reps)], timeout)
    if out is None:
        print("  %s %s %d threads: failed (%s)" % (prog, mode, n, wall), file=sys.stderr)
        return None
    times, cpus, others, checks = [], [], [], set()
    seen_t = seen_c = seen_p = 0
    for line in out.splitlines():
        if line.startswith("time "):
            seen_t += 1
            if seen_t > warmup:
                times.append(float(line.split()[1]))
        elif line.startswith("cpu "):
            seen_c += 1
            if seen_c > warmup:
                cpus.append(float(line.split()[1]))
        elif line.startswith("pcpu "):
            seen_p += 1
            if seen_p > warmup and len(cpus) >= seen_p - warmup:
                others.append(float(line.split()[1]) - cpus[seen_p - warmup - 1])
        elif line.startswith("check "):
            checks.add(line[6:])
    return times, cpus, others, checks


def measure_program(prog, cells, size, runs, reps, warmup, timeout):
    """Runs every (mode, threads) cell of prog `runs` times, the cells interleaved (one process of each cell per
    round, the order reversed every other round, so that a change of load or a slow phase of the machine hits
    every cell alike). Returns {cell: (median time or None, checks)}; the median worker CPU goes to CPU."""
    acc = {c: ([], [], [], set()) for c in cells}
    failed = set()
    for r in range(runs):
        for cell in (cells if r % 2 == 0 else cells[::-1]):
            if cell in failed:
                continue
            got = measure_once(prog, cell[0], cell[1], size, reps, warmup, timeout)
            if got is None:
                failed.add(cell)
                continue
            times, cpus, others, checks = acc[cell]
            times.extend(got[0])
            cpus.extend(got[1])
            others.extend(got[2])
            checks.update(got[3])
    result = {}
    for (mode, n), (times, cpus, others, checks) in acc.items():
        if cpus and (mode, n) not in failed:
            CPU[(prog, mode, n)] = statistics.median(cpus)
        if others and (mode, n) not in failed:
            OTHER[(prog, mode, n)] = statistics.median(others)
        result[(mode, n)] = (None if (mode, n) in failed or not times else statistics.median(times), checks)
    return result


def xchart_classpath():
    m2 = os.path.expanduser("~/.m2/repository/org/knowm/xchart/xchart/3.8.8/xchart-3.8.8.jar")
    if not os.path.exists(m2):
        subprocess.run(["mvn", "-B", "-q", "dependency:get", "-Dartifact=" + XCHART], cwd=ROOT, check=False)
    return m2 if os.path.exists(m2) else None


def plot(rows, args, modes, threads):
    csv = os.path.splitext(args.png)[0] + ".csv"
    with open(csv, "w") as f:
        f.write("program,mode,threads,speedup\n")
        # in the order of the modes and programs asked for: the plot keeps it (GIL, STM, auto)
        order = {m: i for i, m in enumerate(modes)}
        for (prog, mode, n), s in sorted(rows.items(), key=lambda kv: (order.get(kv[0][1], 99), kv[0][0], kv[0][2])):
            if s is not None:
                f.write("%s,%s,%d,%.4f\n" % (prog, mode, n, s))
    cp = xchart_classpath()
    if cp is None:
        print("no XChart jar: plot skipped (data in %s)" % csv, file=sys.stderr)
        return False
    title = "speed-up against threads"
    p = subprocess.run(["java", "-Djava.awt.headless=true", "-cp", cp,
                        os.path.join(ROOT, "benchmarks", "scripts", "ScalingPlot.java"), csv, args.png, title],
                       capture_output=True, text=True)
    if p.returncode != 0:
        print("plot failed: " + p.stderr, file=sys.stderr)
        return False
    return True


def java_version():
    try:
        p = subprocess.run(["java", "-version"], capture_output=True, text=True)
        return (p.stderr.strip().splitlines() or ["java ?"])[0]
    except OSError:
        return "java ?"


def fmt(t):
    return "failed" if t is None else "%.3f" % t


def main():
    args = parse_args()
    quick = args.quick
    runs = args.runs or (1 if quick else 3)
    reps = args.reps or (1 if quick else 6)
    warmup = args.warmup if args.warmup is not None else reps // 2
    if warmup >= reps:
        sys.exit("--warmup must be smaller than --reps")
    threads = [int(x) for x in args.threads.split(",")]
    modes = args.modes.split(",")
    programs = args.programs.split(",")
    if 1 not in threads:
        threads = [1] + threads
    if "gil" not in modes:
        modes = ["gil"] + modes
    load_before = os.getloadavg()
    started = time.time()
    times = {}
    checks_ok = {}
    for prog in programs:
        kind, qsize, fsize = PROGRAMS[prog]
        size = qsize if quick else fsize
        all_checks = set()
        # the program's SIZE is the total for strong scaling (split over the threads) and the work of each
        # thread for weak scaling (every thread does SIZE): passed as it is in both cases
        cells = [(mode, n) for mode in modes for n in threads]
        got = measure_program(prog, cells, size, runs, reps, warmup, args.timeout)
        for mode, n in cells:
            t, checks = got[(mode, n)]
            times[(prog, mode, n)] = t
            if kind != "weak":
                all_checks |= checks
            print("%-16s %-5s %2d threads: %s s (cpu %s s, other %s s) %s" % (prog, mode, n, fmt(t),
                  fmt(CPU.get((prog, mode, n))), fmt(OTHER.get((prog, mode, n))), sorted(checks)), flush=True)
        checks_ok[prog] = len(all_checks) <= 1 if kind != "weak" else True
    speedups = {}
    for prog in programs:
        kind = PROGRAMS[prog][0]
        base = times.get((prog, "gil", 1))
        for mode in modes:
            for n in threads:
                t = times.get((prog, mode, n))
                if base is None or t is None or t == 0:
                    speedups[(prog, mode, n)] = None
                else:
                    speedups[(prog, mode, n)] = (n if kind == "weak" else 1) * base / t
    single = {}
    if not args.no_single:
        for prog, (qs, fs) in SINGLE_PROGRAMS.items():
            walls = {m: [] for m in modes}
            for r in range(runs):
                for mode in (modes if r % 2 == 0 else modes[::-1]):
                    if walls[mode] is None:
                        continue
                    out, wall = run_stmpy(mode, [os.path.join(SINGLE, prog + ".py"), str(qs if quick else fs)],
                                          args.timeout)
                    walls[mode] = None if out is None else walls[mode] + [wall]
            for mode in modes:
                single[(prog, mode)] = statistics.median(walls[mode]) if walls[mode] else None
                print("%-16s %-5s 1 thread (whole process): %s s" % (prog, mode, fmt(single[(prog, mode)])),
                      flush=True)
    ceiling = None if args.no_ceiling else java_ceiling(quick)
    plotted = plot(speedups, args, modes, threads)
    load_after = os.getloadavg()
    write_table(args, quick, runs, reps, warmup, ceiling, threads, modes, programs, times, speedups, checks_ok, single,
                load_before, load_after, started, plotted)
    print("wrote " + args.out + ("" if not plotted else " and " + args.png))


def java_ceiling(quick):
    """The machine's own ceiling: plain Java threads on independent CPU-bound work (benchmarks/scripts/
    Ceiling.java), {threads: (seconds, speed-up)} for 1 and 2 threads, or None when it could not run."""
    p = subprocess.run(["java", os.path.join(ROOT, "benchmarks", "scripts", "Ceiling.java"),
                        "2", "3" if quick else "7"], capture_output=True, text=True)
    if p.returncode != 0:
        print("ceiling failed: " + p.stderr, file=sys.stderr)
        return None
    res = {}
    for line in p.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "threads":
            res[int(parts[1])] = float(parts[2])
    print("plain Java ceiling: " + ", ".join("%d thr %.3f s" % kv for kv in sorted(res.items())), flush=True)
    return res or None


def write_table(args, quick, runs, reps, warmup, ceiling, threads, modes, programs, times, speedups, checks_ok, single,
                load_before, load_after, started, plotted):
    cmd = "benchmarks/scripts/scaling.py" + " ".join([""] + sys.argv[1:])
    lines = []
    lines.append("# Scaling: threaded Python programs in GIL, STM and auto modes")
    lines.append("")
    lines.append("Written by `%s` on %s (%s, %d cores, %s); %s mode: %d process(es) x %d repetition(s) per "
                 "cell, the cells of a program interleaved, the first %d of each process left out (warm-up), medians "
                 "of the rest. Load average before %.1f, "
                 "after %.1f (the machine is shared: compare cells of one run only). Took %.0f s." % (
                     cmd, datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                     platform.platform(), os.cpu_count(), java_version(),
                     "quick (sizes for checking, far too small for steady state)" if quick else "full",
                     runs, reps, warmup, load_before[0], load_after[0], time.time() - started))
    lines.append("")
    lines.append("Times are in-program (from the barrier at which the threads start their work together to the "
                 "last join), seconds. Speed-up = t(GIL, 1 thread) / t (x threads for the weak-scaling program). "
                 "Programs: `benchmarks/python/scaling/`.")
    lines.append("")
    head = "| program | mode | " + " | ".join("%d thr (s)" % n for n in threads) + " | " + \
           " | ".join("speed-up %d" % n for n in threads) + " |"
    lines.append(head)
    lines.append("|" + "---|" * (2 + 2 * len(threads)))
    for prog in programs:
        for mode in modes:
            row = "| %s%s | %s | " % (prog, " (weak)" if PROGRAMS[prog][0] == "weak" else "", mode)
            row += " | ".join(fmt(times.get((prog, mode, n))) for n in threads) + " | "
            row += " | ".join("failed" if speedups.get((prog, mode, n)) is None
                              else "%.2f" % speedups[(prog, mode, n)] for n in threads) + " |"
            lines.append(row)
    if ceiling and 1 in ceiling and 2 in ceiling:
        lines.append("")
        lines.append("The machine's ceiling, plain Java threads on independent CPU-bound work "
                     "(`benchmarks/scripts/Ceiling.java`, same total work): 1 thread %.3f s, 2 threads %.3f s, "
                     "speed-up %.2f." % (ceiling[1], ceiling[2], ceiling[1] / ceiling[2]))
    bad = [p for p in programs if not checks_ok.get(p, True)]
    lines.append("")
    lines.append("Check values: " + ("identical in every mode and thread count." if not bad
                                     else "DIFFER for " + ", ".join(bad) + " (see the console output)."))
    lines.append("")
    lines.append("## Per-thread cost of STM mode")
    lines.append("")
    lines.append("Wall-time ratios from the table above, and the same ratios in CPU time of the worker threads "
                 "(`time.thread_time()` summed over the threads; on a loaded machine wall time also measures the "
                 "other processes, CPU time does not). The last column is the process's CPU outside the worker "
                 "threads during a measured repetition (`time.process_time()` minus the workers' CPU, median; "
                 "10 ms ticks): the JIT compilers, GC and the runtime's threads. Well above zero means the JIT "
                 "was still compiling in the measured repetitions, so they are not steady state (more --warmup).")
    lines.append("")
    lines.append("| program | STM / GIL, 1 thread | auto / GIL, 1 thread | STM 2 thr / GIL 1 thr, per unit of work "
                 "| CPU: STM / GIL, 1 thread | CPU: STM 2 thr / GIL 1 thr, per unit of work "
                 "| other CPU per repetition (s): GIL 1 / STM 1 / STM 2 thr |")
    lines.append("|---|---|---|---|---|---|---|")
    for prog in programs:
        g1 = times.get((prog, "gil", 1))
        s1 = times.get((prog, "stm", 1))
        a1 = times.get((prog, "auto", 1))
        s2 = times.get((prog, "stm", 2))
        weak = PROGRAMS[prog][0] == "weak"

        def ratio(a, b):
            return "—" if a is None or b is None or b == 0 else "%.2f" % (a / b)
        # per unit of work: 2 threads each doing half (strong) or all (weak) of the work
        per = None if s2 is None or g1 is None else (s2 / g1 if weak else 2 * s2 / g1)
        c1, cs1, cs2 = CPU.get((prog, "gil", 1)), CPU.get((prog, "stm", 1)), CPU.get((prog, "stm", 2))
        cper = None if cs2 is None or not c1 else (cs2 / (2 * c1) if weak else cs2 / c1)
        other = " / ".join(fmt(OTHER.get((prog, m, n))) for m, n in (("gil", 1), ("stm", 1), ("stm", 2)))
        lines.append("| %s | %s | %s | %s | %s | %s | %s |" % (prog, ratio(s1, g1), ratio(a1, g1),
                                                                "—" if per is None else "%.2f" % per, ratio(cs1, c1),
                                                                "—" if cper is None else "%.2f" % cper, other))
    if single:
        lines.append("")
        lines.append("Single-threaded programs of `benchmarks/python`, whole process (start-up and, in STM and "
                     "auto modes, the agent's class transformation included), median wall seconds:")
        lines.append("")
        lines.append("| program | " + " | ".join(modes) + " | " + " | ".join("%s / gil" % m for m in modes if m != "gil")
                     + " |")
        lines.append("|" + "---|" * (1 + len(modes) + len(modes) - 1))
        for prog in SINGLE_PROGRAMS:
            g = single.get((prog, "gil"))
            cells = [fmt(single.get((prog, m))) for m in modes]
            ratios = ["—" if g is None or single.get((prog, m)) is None else "%.2f" % (single[(prog, m)] / g)
                      for m in modes if m != "gil"]
            lines.append("| %s | %s | %s |" % (prog, " | ".join(cells), " | ".join(ratios)))
    if plotted:
        lines.append("")
        lines.append("![speed-up against threads](%s)" % os.path.basename(args.png))
    lines.append("")
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    kept = kept_sections(args.out)
    with open(args.out, "w") as f:
        f.write("\n".join(lines))
        if kept:
            f.write("\n" + kept)


GENERATED = ("# Scaling:", "## Per-thread cost of STM mode")


def kept_sections(path):
    """The sections a person appended to an earlier version of the results file (everything from its first "## "
    heading that this script does not write), kept below the new tables; "" when there are none."""
    try:
        with open(path) as f:
            old = f.read().splitlines(keepends=True)
    except OSError:
        return ""
    for i, line in enumerate(old):
        if line.startswith("## ") and not line.startswith(GENERATED):
            return "".join(old[i:])
    return ""


if __name__ == "__main__":
    main()
