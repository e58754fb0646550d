#!/usr/bin/env python3
"""Tries to import every top-level module of CPython's pure-Python standard library as the interpreter ships it
(the python-resources jar beside the interpreter jar: META-INF/resources/libpython/X.py and X/__init__.py), under
bin/stmpy, and under the CPython running this script for comparison. Prints one line per module (ok, or the last
line of the error) and the counts, and groups the failures by error.

One interpreter process imports the modules in order and prints a result line after each; a module that kills the
process or runs past the timeout counts as failed ("crash"/"timeout") and a new process goes on after it.

usage: scripts/try-stdlib-imports.py [--mode gil|stm] [--timeout S] [--json out.json] [module ...]
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STMPY = os.environ.get("STMPY", os.path.join(ROOT, "bin", "stmpy"))
PREFIX = "META-INF/resources/libpython/"
# modules whose import has an effect outside the process (opens a browser) or prints: not tried
SKIP = {"antigravity", "this", "__hello__", "__phello__", "idlelib", "turtledemo", "test"}

DRIVER = r'''
import sys, importlib
for name in sys.argv[1:]:
    print("@@start " + name, flush=True)
    try:
        importlib.import_module(name)
        line = "ok"
    except BaseException as e:
        msg = str(e).strip().splitlines()
        line = "%s: %s" % (type(e).__name__, msg[-1][:160] if msg else "")
    print("@@done " + name + " " + line, flush=True)
'''


def jar_modules():
    jars = glob.glob(os.path.join(ROOT, "interpreter-integration", "target", "lib", "python-resources-*.jar"))
    if not jars:
        sys.exit("no python-resources jar: build first (mvn -B -q -o package -DskipTests)")
    names = set()
    with zipfile.ZipFile(jars[0]) as z:
        for n in z.namelist():
            if not n.startswith(PREFIX):
                continue
            parts = n[len(PREFIX):].split("/")
            if len(parts) == 1 and parts[0].endswith(".py"):
                names.add(parts[0][:-3])
            elif len(parts) == 2 and parts[1] == "__init__.py":
                names.add(parts[0])
    return sorted(n for n in names if n not in SKIP and "-" not in n)


def run(cmd, names, timeout, driver):
    """Imports names in as few processes as possible; returns {name: result line}."""
    out = {}
    todo = list(names)
    while todo:
        try:
            p = subprocess.run(cmd + [driver] + todo, capture_output=True, text=True, timeout=timeout,
                               stdin=subprocess.DEVNULL)
            text, how = p.stdout, "crash (exit %d)" % p.returncode
        except subprocess.TimeoutExpired as e:
            text = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
            how = "timeout"
        started = None
        for line in text.splitlines():
            if line.startswith("@@start "):
                started = line.split(" ", 1)[1]
            elif line.startswith("@@done "):
                _, name, res = line.split(" ", 2)
                out[name] = res
                started = None
        if started is None:
            # the process ended after a module's result line (or before the first): the next one is to blame
            rest = [n for n in todo if n not in out]
            if not rest:
                break
            started = rest[0]
        if started not in out:
            out[started] = how
        todo = [n for n in todo if n not in out]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--mode", default="gil", choices=["gil", "stm", "auto"])
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--json")
    args = ap.parse_args()
    names = args.modules or jar_modules()
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(DRIVER)
        driver = f.name
    try:
        cp = run([sys.executable], names, args.timeout, driver)
        st = run([STMPY, "--" + args.mode], names, args.timeout, driver)
    finally:
        os.unlink(driver)
    groups = collections.Counter()
    for n in names:
        print("%-24s %-8s %s" % (n, "ok" if cp.get(n) == "ok" else "cpython-", st.get(n)))
        if st.get(n) != "ok" and cp.get(n) == "ok":
            groups[st.get(n).split(":")[0]] += 1
    ok_cp = [n for n in names if cp.get(n) == "ok"]
    ok_both = [n for n in ok_cp if st.get(n) == "ok"]
    print("modules: %d; import under CPython: %d; of those under stmj (%s): %d (%.1f%%)"
          % (len(names), len(ok_cp), args.mode, len(ok_both), 100.0 * len(ok_both) / max(1, len(ok_cp))))
    for k, v in groups.most_common():
        print("  %3d  %s" % (v, k))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"cpython": cp, "stmj": st}, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
