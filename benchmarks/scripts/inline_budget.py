#!/usr/bin/env python3
"""Where the dispatch loop's C2 inlining budget goes: the top-level call sites of its last tier-4 compile.

usage: inline_budget.py [--keep FILE] -- COMMAND [ARGS...]
       inline_budget.py --log FILE
e.g.   inline_budget.py -- bin/stmpy --stm benchmarks/python/scaling/indep_objects.py 1 320000 4

Runs COMMAND with -XX:+PrintCompilation -XX:+PrintInlining added to JAVA_OPTS (bin/stmpy passes JAVA_OPTS to the
JVM), or reads such a log (--log), finds the last C2 inlining tree of the dispatch loop (Interp.loop or its STM
twin Interp.loop$stm: a tree with a top-level site of loadAttr, storeAttr or smallIntOp), and prints its top-level
call sites in the order C2 parsed them (the switch's cases by descending opcode key): bytecode index, callee,
bytes inlined under that site (the callee and everything inlined into it), the running total, and C2's message.
C2 stops inlining into a method once the bytecode inlined into it (its own included) reaches DesiredMethodLimit
(8,000 bytes): the sites after that point say "size > DesiredMethodLimit" and stay calls, whatever they cost.
PrintInlining's trees of concurrent compiles can interleave; a tree is a run of consecutive site lines.
Standard library only.
"""
import os
import re
import subprocess
import sys
import tempfile

SITE = re.compile(r"@ (\d+)\s+(\S+) \((\d+) bytes\)\s*(.*)")
LOOP_CALLEES = ("::loadAttr", "::storeAttr", "::smallIntOp")


def indent(line):
    return len(line) - len(line.lstrip(" !m"))


def trees(lines):
    """Runs of consecutive inlining-site lines (type-profile lines inside them skipped)."""
    run = []
    for line in lines:
        if "TypeProfile" in line:
            continue
        if SITE.search(line) and line.lstrip(" !m").startswith("@"):
            run.append(line)
        elif run:
            yield run
            run = []
    if run:
        yield run


def top_sites(tree):
    """(bci, callee, inlined bytes under the site, message) per top-level site of one tree."""
    base = min(indent(l) for l in tree)
    sites = []
    for line in tree:
        m = SITE.search(line)
        inlined = m.group(4).startswith(("inline", "force inline", "accessor"))
        size = int(m.group(3)) if inlined else 0
        if indent(line) == base:
            sites.append([int(m.group(1)), m.group(2), size, m.group(4).strip()])
        elif inlined and sites:
            sites[-1][2] += size
    return sites


def is_loop_tree(sites):
    """A tree of the loop itself (not of one of its callees): several of the loop's own callees at its top level."""
    named = {k for s in sites for k in LOOP_CALLEES if k in s[1] and s[1].startswith("org.stmj.python.vm.Interp")}
    return len(named) >= 2 and len(sites) > 10


def report(lines):
    found = None
    for tree in trees(lines):
        sites = top_sites(tree)
        if is_loop_tree(sites) and any(s[3].startswith(("inline (hot)", "size > DesiredMethodLimit")) for s in sites):
            found = sites
    if found is None:
        print("no C2 inlining tree of the dispatch loop in the log")
        return 1
    total = 0
    refused = 0
    for bci, callee, size, msg in found:
        total += size
        refused += msg.startswith("size > DesiredMethodLimit")
        name = callee.rsplit(".", 1)[-1]
        print("%6d  %-58s %6d %7d  %s" % (bci, name[:58], size, total, msg[:40]))
    print("inlined under top-level sites: %d bytes (plus the loop's own bytecode); sites refused for the budget: %d"
          % (total, refused))
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--log":
        with open(argv[2], errors="replace") as f:
            return report(f.read().split("\n"))
    keep = None
    if len(argv) > 2 and argv[1] == "--keep":
        keep = argv[2]
        argv = argv[:1] + argv[3:]
    if len(argv) < 3 or argv[1] != "--":
        sys.stderr.write(__doc__)
        return 2
    env = dict(os.environ)
    env["JAVA_OPTS"] = (env.get("JAVA_OPTS", "") + " -XX:+UnlockDiagnosticVMOptions -XX:+PrintCompilation"
                        " -XX:+PrintInlining").strip()
    fd, path = tempfile.mkstemp(suffix=".log")
    with os.fdopen(fd, "w") as out:
        subprocess.run(argv[2:], env=env, stdout=out, stderr=subprocess.STDOUT)
    with open(path, errors="replace") as f:
        lines = f.read().split("\n")
    if keep:
        os.replace(path, keep)
    else:
        os.unlink(path)
    return report(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
