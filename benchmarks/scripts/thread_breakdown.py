#!/usr/bin/env python3
"""Where one threaded run's CPU goes, by JVM thread and by repetition.

    benchmarks/scripts/thread_breakdown.py --mode stm --threads 2 --size 8000000 --reps 10 --dir /tmp/bd
    benchmarks/scripts/thread_breakdown.py --analyse /tmp/bd        # print the tables of an earlier run again

Runs `bin/stmpy --MODE -u benchmarks/python/scaling/PROG.py THREADS SIZE REPS` once with `-Xlog:gc`,
`-Xlog:safepoint` and `-XX:+PrintCompilation` (files and stdout under --dir) and reads every thread's
utime+stime from /proc/PID/task/*/stat every 50 ms (Linux only; a thread that has exited keeps its last value).
Prints the process's CPU by kind of thread (the Python workers, C2 and C1 compiler threads, GC threads, the
stmj-coarse-clock ticker, the main thread, ...), then per repetition (cut at the harness's "time" lines, whose
arrival is timestamped) the workers' and each kind's CPU, then the C2 (level 4) compiles of the dispatch loop,
GC pauses and safepoints. CPU comes in clock ticks (10 ms). Runs under CPython 3, standard library only.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KINDS = (("C2 Compiler", "C2"), ("C1 Compiler", "C1"), ("GC Thread", "GC"), ("VM Thread", "VM"),
         ("stmj-coarse", "coarse-clock"), ("stmpy-main", "main"), ("VM Periodic", "periodic"))
COLUMNS = ["workers", "C2", "C1", "GC", "VM", "coarse-clock", "main", "periodic", "other"]


def kind(comm):
    # the interpreter names a Python thread's Java thread after it: "Thread-N (target)", truncated to 15 bytes
    if re.match(r"Thread-\d+", comm):
        return "workers"
    for prefix, name in KINDS:
        if comm.startswith(prefix):
            return name
    return "other"


def record(args):
    os.makedirs(args.dir, exist_ok=True)
    opts = ["-Xlog:gc:file=%s/gc.log:uptime" % args.dir, "-Xlog:safepoint:file=%s/safepoint.log:uptime" % args.dir,
            "-XX:+UnlockDiagnosticVMOptions", "-XX:+PrintCompilation"] + args.java_opts.split()
    env = dict(os.environ, JAVA_OPTS=" ".join(opts))
    prog = os.path.join(ROOT, "benchmarks", "python", "scaling", args.program + ".py")
    start = time.time()
    p = subprocess.Popen([os.path.join(ROOT, "bin", "stmpy"), "--" + args.mode, "-u", prog, str(args.threads),
                          str(args.size), str(args.reps)], stdout=subprocess.PIPE, text=True, env=env, bufsize=1)
    lines = []

    def reader():
        for line in p.stdout:
            lines.append((time.time() - start, line.rstrip("\n")))
    t = threading.Thread(target=reader)
    t.start()
    samples = []  # (seconds since start, {tid: [comm, ticks]})
    while p.poll() is None:
        snap = {}
        try:
            tids = os.listdir("/proc/%d/task" % p.pid)
        except OSError:
            break
        for tid in tids:
            try:
                with open("/proc/%d/task/%s/stat" % (p.pid, tid)) as f:
                    s = f.read()
            except OSError:
                continue
            rest = s[s.rindex(")") + 2:].split()
            snap[tid] = [s[s.index("(") + 1:s.rindex(")")], int(rest[11]) + int(rest[12])]
        samples.append((time.time() - start, snap))
        time.sleep(0.05)
    t.join()
    with open(os.path.join(args.dir, "stdout.txt"), "w") as f:
        f.writelines("%.3f %s\n" % tl for tl in lines)
    with open(os.path.join(args.dir, "samples.json"), "w") as f:
        json.dump(samples, f)


def analyse(d):
    tick = float(os.sysconf("SC_CLK_TCK"))
    with open(os.path.join(d, "samples.json")) as f:
        samples = json.load(f)

    def by_kind_at(t):
        acc = {}
        for ts, snap in samples:
            if ts > t:
                break
            acc.update(snap)
        c = collections.Counter()
        for comm, ticks in acc.values():
            c[kind(comm)] += ticks / tick
        return c
    total = by_kind_at(float("inf"))
    print("process CPU by thread kind (s): " + ", ".join("%s %.2f" % kv for kv in total.most_common()))
    reps = []
    with open(os.path.join(d, "stdout.txt")) as f:
        for line in f:
            t, rest = line.rstrip("\n").split(" ", 1)
            m = re.search(r"(?:^|\s)time (\d+\.\d{6})$", rest)  # PrintCompilation may share the line
            if m:
                reps.append((float(t), float(m.group(1))))
    print("rep   end(s)  wall(s) " + " ".join("%9s" % c for c in COLUMNS))
    for i, (end, wall) in enumerate(reps):
        a, b = by_kind_at(end - wall), by_kind_at(end)
        print("%3d %8.2f %8.3f " % (i + 1, end, wall) + " ".join("%9.2f" % (b[c] - a[c]) for c in COLUMNS))
    print("C2 compiles of the dispatch loop (uptime ms, id, level, method):")
    with open(os.path.join(d, "stdout.txt")) as f:
        for line in f:
            if re.search(r"Interp::loop\S*\s", line) and re.search(r"\s4\s+org\.", line):
                print("   " + line.split(" ", 1)[1].strip())
    gc = open(os.path.join(d, "gc.log")).read() if os.path.exists(os.path.join(d, "gc.log")) else ""
    pauses = [float(x) for x in re.findall(r"Pause.* ([\d.]+)ms", gc)]
    print("GC pauses: %d, %.1f ms in all" % (len(pauses), sum(pauses)))
    sp = collections.Counter()
    n = collections.Counter()
    path = os.path.join(d, "safepoint.log")
    for line in open(path) if os.path.exists(path) else ():
        m = re.search(r'Safepoint "(\w+)".*Total: (\d+) ns', line)
        if m:
            n[m.group(1)] += 1
            sp[m.group(1)] += int(m.group(2)) / 1e6
    print("safepoints: " + ", ".join("%s %d (%.1f ms)" % (k, n[k], sp[k]) for k in n))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", default="stm", choices=["gil", "stm", "auto"])
    ap.add_argument("--program", default="indep_cpu", help="a program of benchmarks/python/scaling")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--size", type=int, default=8_000_000)
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--java-opts", default="", help="more JVM options (JAVA_OPTS)")
    ap.add_argument("--dir", default="/tmp/thread-breakdown", help="where the logs and samples go")
    ap.add_argument("--analyse", metavar="DIR", help="only print the tables of an earlier run in DIR")
    args = ap.parse_args()
    if args.analyse:
        analyse(args.analyse)
        return
    if not os.path.isdir("/proc/self/task"):
        sys.exit("thread_breakdown: needs Linux's /proc")
    record(args)
    analyse(args.dir)


if __name__ == "__main__":
    main()
