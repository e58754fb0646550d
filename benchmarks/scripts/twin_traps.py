#!/usr/bin/env python3
"""Census of the deoptimizations of one method's compiled code, from a HotSpot -XX:+LogCompilation file.

usage: twin_traps.py LOGFILE [METHOD_SUBSTRING]   (default 'loop$stm': the dispatch loop's STM twin)

Prints, for every compile of the method (normal or OSR, C2 only), when it was made, and every runtime
uncommon trap taken in it with its reason, action and the inlining chain at the trap (innermost first), and
when it was made not entrant; then a summary by (reason, innermost method and bci).
"""
import collections
import html
import re
import sys


def attrs(line):
    return {k: html.unescape(v) for k, v in re.findall(r"(\w+)='([^']*)'", line)}


def main():
    path = sys.argv[1]
    want = sys.argv[2] if len(sys.argv) > 2 else "loop$stm"
    compiles = {}  # compile_id -> (method, kind, stamp)
    events = []
    with open(path, errors="replace") as f:
        lines = iter(f)
        for line in lines:
            if line.startswith("<task_queued") or line.startswith("<nmethod"):
                a = attrs(line)
                cid = a.get("compile_id")
                if cid and want in a.get("method", "") and a.get("compiler", "c2") == "c2" \
                        and a.get("level", "4") == "4":
                    if cid not in compiles or line.startswith("<nmethod"):
                        compiles[cid] = (a.get("method", ""), a.get("compile_kind", "normal"), a.get("stamp"),
                                         line.startswith("<nmethod"))
            elif line.startswith("<uncommon_trap thread="):
                a = attrs(line)
                chain = []
                for inner in lines:
                    if inner.startswith("</uncommon_trap"):
                        break
                    if inner.startswith("<jvms"):
                        b = attrs(inner)
                        m = b["method"].split(" ")
                        chain.append("%s.%s@%s" % (m[0].rsplit(".", 1)[-1], m[1], b["bci"]))
                events.append(("trap", a, chain))
            elif line.startswith("<make_not_entrant"):
                events.append(("mne", attrs(line), None))
    summary = collections.Counter()
    seen = set()
    for cid, (m, kind, stamp, done) in sorted(compiles.items(), key=lambda kv: float(kv[1][2] or 0)):
        print("compile %s %s %s at %s s%s" % (cid, m.split(" ")[1], kind, stamp, "" if done else " (not finished)"))
    for kind, a, chain in events:
        if a.get("compile_id") not in compiles:
            continue
        if kind == "trap":
            key = (a.get("compile_id"), tuple(chain))
            if key in seen:
                continue  # repeated report of a trap already printed
            seen.add(key)
            print("  %8s s  trap   compile %s  %s/%s  %s" % (a.get("stamp"), a.get("compile_id"),
                                                            a.get("reason"), a.get("action"), " <- ".join(chain)))
            summary[(a.get("reason"), chain[0] if chain else "?")] += 1
        else:
            print("  %8s s  not entrant: compile %s" % (a.get("stamp"), a.get("compile_id")))
    print("summary (reason, innermost frame): count")
    for (r, site), n in summary.most_common():
        print("  %-28s %-60s %d" % (r, site, n))


if __name__ == "__main__":
    main()
