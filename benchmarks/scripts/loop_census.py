#!/usr/bin/env python3
"""Census of the dispatch loop's C2 compiles and of the traps that throw them away.

usage: loop_census.py [--keep FILE.jfr] -- COMMAND [ARGS...]
e.g.   loop_census.py -- bin/stmpy benchmarks/python/raytracer.py 220
       loop_census.py -- bin/stmpy --stm benchmarks/python/scaling/indep_cpu.py 1 8000000 10

Runs COMMAND with a JFR recording of jdk.Compilation (every compile) and jdk.Deoptimization added to JAVA_OPTS
(bin/stmpy passes JAVA_OPTS to the JVM), then prints each tier-4 compile of Interp.loop / Interp.loop$stm (compile
id, OSR or not, inlined bytes, when it started, how long it took) and every deoptimization of one of those
compiles: reason/action (unstable_if/reinterpret and null_check/make_not_entrant throw the compile away at once,
class_check/maybe_recompile after a few at one site), the method and line the trap sits in (an inlined callee's own
line), the bytecode index and instruction, and when it happened. Times are wall-clock seconds from the first
recorded event, so on a loaded machine they give the order of events, not their cost; the first line gives the
process's CPU time (user + system). Needs `jfr` (the JDK's) on PATH; standard library only.
"""
import datetime
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

JFC = """<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="loop census">
  <event name="jdk.Deoptimization"><setting name="enabled">true</setting><setting name="stackTrace">false</setting></event>
  <event name="jdk.Compilation"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
</configuration>
"""


def when(e):
    s = e["values"]["startTime"].replace("Z", "+00:00")
    if "." in s:  # fromisoformat takes at most 6 digits of fraction
        head, rest = s.split(".", 1)
        frac, tz = rest[:rest.index("+")], rest[rest.index("+"):]
        s = head + "." + frac[:6] + tz
    return datetime.datetime.fromisoformat(s)


def main():
    args = sys.argv[1:]
    keep = None
    if args[:1] == ["--keep"]:
        keep, args = args[1], args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        sys.exit(__doc__)
    tmp = tempfile.mkdtemp(prefix="loop-census-")
    jfc = os.path.join(tmp, "census.jfc")
    with open(jfc, "w") as f:
        f.write(JFC)
    jfr = keep or os.path.join(tmp, "census.jfr")
    env = dict(os.environ)
    env["JAVA_OPTS"] = (env.get("JAVA_OPTS", "") + " -XX:StartFlightRecording=filename=%s,settings=%s"
                        % (jfr, jfc)).strip()
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    p = subprocess.run(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall = time.time() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime
    out = p.stdout.strip().splitlines()
    js = subprocess.run(["jfr", "print", "--json", "--events", "jdk.Deoptimization,jdk.Compilation", jfr],
                        stdout=subprocess.PIPE, text=True, check=True).stdout
    events = json.loads(js)["recording"]["events"]
    start = min(when(e) for e in events) if events else None
    compiles = {}
    for e in events:
        v = e["values"]
        m = v.get("method") or {}
        if (e["type"] == "jdk.Compilation" and m.get("name") in ("loop", "loop$stm")
                and m["type"]["name"].replace("/", ".").endswith("vm.Interp") and v.get("compileLevel") == 4):
            compiles[v["compileId"]] = (m["name"], v.get("isOsr"), v.get("inlinedBytes"),
                                        (when(e) - start).total_seconds(), v.get("duration"))
    print("rc=%d cpu=%.2fs wall=%.2fs last output line: %s" % (p.returncode, cpu, wall, out[-1] if out else ""))
    for cid, (name, osr, inl, at, dur) in sorted(compiles.items()):
        print("  C2 compile %d %s osr=%s inlined=%s bytes at=%.2fs took=%s" % (cid, name, osr, inl, at, dur))
    n = 0
    for e in events:
        v = e["values"]
        if e["type"] == "jdk.Deoptimization" and v["compileId"] in compiles:
            m = v["method"]
            n += 1
            print("  trap in compile %d at=%.2fs %s/%s in %s.%s line %s bci %s %s"
                  % (v["compileId"], (when(e) - start).total_seconds(), v["reason"], v["action"],
                     m["type"]["name"].replace("/", ".").split(".")[-1], m["name"], v["lineNumber"], v["bci"], v["instruction"]))
    print("  loop C2 compiles: %d, traps in them: %d" % (len(compiles), n))


if __name__ == "__main__":
    main()
