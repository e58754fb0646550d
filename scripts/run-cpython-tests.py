#!/usr/bin/env python3
"""Runs a core set of CPython 3.11's own regression tests (Lib/test) under the stmj interpreter and under CPython,
one test module per process, and compares them test method by test method.

For each module the same driver (below, written to a temporary directory) loads the module with unittest, runs it
and prints a JSON summary: the ids of the tests that passed, failed, errored and were skipped. A module that does
not import, crashes or runs past the timeout counts as one error and no passes. The table shows, per module, the
counts under CPython and under stmj and how many of the tests CPython passes also pass under stmj; the total line
gives that as a percentage (the issue's target is >= 90%).

usage: scripts/run-cpython-tests.py [--mode gil|stm] [--timeout S] [--jobs N] [--json out.json]
                                    [--markdown out.md] [--testdir DIR] [module ...]
The CPython test directory defaults to the one of the python3 running this script (Debian's
libpython3.11-testsuite, or pyenv's full install); the interpreter is bin/stmpy of this repository (the STMPY
environment variable names another launcher with the same options).
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STMPY = os.environ.get("STMPY", os.path.join(ROOT, "bin", "stmpy"))

# The core set: the language, the data model and the most used library modules (>= 40 modules).
CORE = [
    "test_augassign", "test_bisect", "test_bool", "test_class", "test_contains", "test_contextlib",
    "test_copy", "test_dataclasses", "test_defaultdict", "test_deque", "test_dict", "test_dictviews",
    "test_enum", "test_exception_variations", "test_exceptions", "test_fnmatch", "test_fractions",
    "test_functools", "test_generators", "test_genexps", "test_grammar", "test_heapq", "test_int",
    "test_iter", "test_itertools", "test_json", "test_keyword", "test_list", "test_listcomps", "test_math",
    "test_opcodes", "test_operator", "test_ordered_dict", "test_pow", "test_queue", "test_random",
    "test_range", "test_raise", "test_re", "test_richcmp", "test_scope", "test_set", "test_shlex",
    "test_slice", "test_sort", "test_statistics", "test_string", "test_textwrap", "test_threading",
    "test_tuple", "test_types", "test_unary", "test_userdict", "test_userlist", "test_with",
    "test_collections", "test_descr", "test_float", "test_string_literals", "test_abc",
]

DRIVER = r'''
import json, sys, unittest, io
name = sys.argv[1]
out = {"module": name, "passed": [], "failed": [], "errors": [], "skipped": [], "import_error": None}
class Result(unittest.TestResult):
    def addSuccess(self, test):
        out["passed"].append(test.id())
    def addFailure(self, test, err):
        out["failed"].append(test.id())
    def addError(self, test, err):
        tid = test.id() if hasattr(test, "id") else str(test)
        out["errors"].append(tid)
        if tid.startswith("unittest.loader._FailedTest") or "ModuleImportFailure" in tid:
            out["import_error"] = "%s: %s" % (err[0].__name__, str(err[1]).strip().splitlines()[-1][:200] if str(err[1]).strip() else "")
    def addSkip(self, test, reason):
        out["skipped"].append(test.id())
    def addExpectedFailure(self, test, err):
        out["passed"].append(test.id())
    def addUnexpectedSuccess(self, test):
        out["failed"].append(test.id())
    def addSubTest(self, test, subtest, err):
        if err is not None:
            (out["failed"] if issubclass(err[0], test.failureException) else out["errors"]).append(subtest.id())
try:
    suite = unittest.defaultTestLoader.loadTestsFromName("test." + name)
except BaseException as e:
    out["import_error"] = "%s: %s" % (type(e).__name__, str(e)[:200])
    suite = None
if suite is not None:
    try:
        suite.run(Result())
    except BaseException as e:
        out["import_error"] = "run aborted: %s: %s" % (type(e).__name__, str(e)[:200])
print("@@RESULT@@" + json.dumps(out))
'''


def test_dir(arg):
    if arg:
        return arg
    import test
    return os.path.dirname(test.__file__)


def run_one(cmd, name, env, timeout, cwd):
    t0 = time.time()
    try:
        p = subprocess.run(cmd + [name], env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, text=True, errors="replace")
        text = p.stdout
        r = None
        for line in text.splitlines():
            if line.startswith("@@RESULT@@"):
                r = json.loads(line[len("@@RESULT@@"):])
        if r is None:
            tail = (p.stderr.strip().splitlines() or ["no output"])[-1]
            r = {"module": name, "passed": [], "failed": [], "errors": [name], "skipped": [],
                 "import_error": "crashed (exit %d): %s" % (p.returncode, tail[:200])}
    except subprocess.TimeoutExpired:
        r = {"module": name, "passed": [], "failed": [], "errors": [name], "skipped": [],
             "import_error": "timed out after %ds" % timeout}
    r["seconds"] = round(time.time() - t0, 1)
    return r


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--mode", default="gil", choices=["gil", "stm", "auto"])
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json")
    ap.add_argument("--markdown")
    ap.add_argument("--testdir")
    ap.add_argument("--cpython", default=sys.executable)
    args = ap.parse_args()
    mods = args.modules or CORE
    tdir = test_dir(args.testdir)
    work = tempfile.mkdtemp(prefix="stmj-cpython-tests-")
    os.symlink(tdir, os.path.join(work, "test"))
    driver = os.path.join(work, "driver.py")
    with open(driver, "w") as f:
        f.write(DRIVER)
    env = dict(os.environ)
    env["PYTHONPATH"] = work
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONSTARTUP", None)
    # build once before the parallel runs
    subprocess.run([STMPY, "--" + args.mode, "-c", "pass"], env=env, check=False)
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        futs = {}
        for m in mods:
            futs[ex.submit(run_one, [args.cpython, driver], m, env, args.timeout, work)] = (m, "cpython")
            futs[ex.submit(run_one, [STMPY, "--" + args.mode, driver], m, env, args.timeout, work)] = (m, "stmj")
        for f in concurrent.futures.as_completed(futs):
            m, who = futs[f]
            results.setdefault(m, {})[who] = f.result()
            print("  done %-28s %-7s %6.1fs" % (m, who, f.result()["seconds"]), file=sys.stderr, flush=True)
            if args.json:
                # what is done so far, rewritten after each run: a long STM run cut short still leaves its data
                with open(args.json + ".partial", "w") as pf:
                    json.dump(results, pf, indent=1, sort_keys=True)
    rows = []
    tot = dict(cp=0, st=0, both=0, stf=0, ste=0, imported=0)
    for m in mods:
        cp, st = results[m]["cpython"], results[m]["stmj"]
        cpp, stp = set(cp["passed"]), set(st["passed"])
        both = len(cpp & stp)
        rows.append((m, len(cpp), len(stp), len(st["failed"]), len(st["errors"]), len(st["skipped"]), both,
                     (100.0 * both / len(cpp)) if cpp else 100.0, st["import_error"] or ""))
        tot["cp"] += len(cpp)
        tot["st"] += len(stp)
        tot["both"] += both
        tot["stf"] += len(st["failed"])
        tot["ste"] += len(st["errors"])
        tot["imported"] += 0 if st["import_error"] and not st["passed"] else 1
    head = "| module | CPython passed | stmj passed | stmj failed | stmj errors | stmj skipped | CPython's passes that pass | % | note |"
    lines = [head, "|" + "---|" * 9]
    for r in rows:
        lines.append("| %s | %d | %d | %d | %d | %d | %d | %.1f | %s |" % (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                                                                       r[8].replace("|", "/")))
    pct = 100.0 * tot["both"] / tot["cp"] if tot["cp"] else 0.0
    lines.append("| **total (%d modules, %d import/run)** | %d | %d | %d | %d | | %d | **%.1f** | |"
                 % (len(mods), tot["imported"], tot["cp"], tot["st"], tot["stf"], tot["ste"], tot["both"], pct))
    table = "\n".join(lines)
    print(table)
    print("\nmode %s: %d of the %d tests CPython 3.11 passes pass under stmj (%.1f%%); %d of %d modules import and run"
          % (args.mode, tot["both"], tot["cp"], pct, tot["imported"], len(mods)))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
