#!/usr/bin/env python3
"""Runs a core set of CPython 3.11's own regression tests (Lib/test) under the stmj interpreter and under CPython,
one test module per process, and compares them test method by test method.

For each module the same driver (below, written to a temporary directory) loads the module with unittest, runs it
and prints a JSON summary: the ids of the tests that passed, failed, errored and were skipped. A module that does
not import, crashes or runs past the timeout counts as one error and no passes. The table shows, per module, the
counts under CPython and under stmj and how many of the tests CPython passes also pass under stmj; the total line
gives that as a percentage (the issue's target is >= 90%).

usage: scripts/run-cpython-tests.py [--mode gil|stm|auto|gil,stm] [--timeout S] [--jobs N] [--json out.json]
                                    [--markdown out.md] [--testdir DIR] [--self-test] [module ...]
The CPython test directory defaults to the one of the python3 running this script (Debian's
libpython3.11-testsuite, or pyenv's full install); the interpreter is bin/stmpy of this repository (the STMPY
environment variable names another launcher with the same options).

Several modes (--mode gil,stm) run CPython once and the interpreter once per mode, and print one table with a
column per mode and, per module, how many tests pass in one mode and not in the other (STM mode must give the GIL
counts: issue 13).

The interpreter's processes get PYTHONHOME (the interpreter ignores it): CPython's test.support then knows that the
interpreter needs its environment (script_helper.interpreter_requires_environment), and starts the child
interpreters of assert_python_ok/spawn_python without -I/-E, so they see PYTHONPATH and the `test` package, which
is not part of the interpreter's standard library (a child that imports it under -I fails; test_threading's
test_4_daemon_threads then waits for ever for threads that died of the ImportError). Each run is a process group of
its own, killed as a whole at the timeout, so the child interpreters of a module that timed out do not live on.
Both are checked before each run (a child interpreter that cannot import `test` stops the run); --self-test runs
only the checks (with the interpreter's first mode) and exits 1 if one fails.
"""
import argparse
import concurrent.futures
import json
import os
import signal
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


# The checks of --self-test (also run before every measurement, the first one only for the interpreter): a child
# interpreter that test.support starts sees the test package, and a run cut at its timeout leaves no process behind.
CHILD_SEES_TESTS = ("from test.support import script_helper\n"
                    "script_helper.assert_python_ok('-c', 'import test.support')\n"
                    "print('child imports test')\n")
GRANDCHILD = ("import subprocess, sys, time\n"
              "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
              "open('gc.pid', 'w').write(str(p.pid))\n"
              "time.sleep(600)\n")


def check_child_sees_tests(cmd, env, cwd, timeout):
    """None when a child interpreter started by test.support's script_helper imports `test`, else why not."""
    try:
        rc, out, err = run_group(cmd + ["-c", CHILD_SEES_TESTS], env, cwd, timeout)
    except subprocess.TimeoutExpired:
        return "timed out after %ds" % timeout
    if rc != 0 or "child imports test" not in out:
        lines = [ln.strip() for ln in err.splitlines() if "Error" in ln] or err.strip().splitlines() or ["no output"]
        return "exit %d: %s" % (rc, lines[-1][:300])
    return None


def check_timeout_kills_group(cwd):
    """None when a run cut at its timeout takes its child processes with it, else why not."""
    try:
        run_group([sys.executable, "-c", GRANDCHILD], dict(os.environ), cwd, 5)
        return "the run did not time out"
    except subprocess.TimeoutExpired:
        pass
    with open(os.path.join(cwd, "gc.pid")) as f:
        pid = int(f.read())
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    return "the child of a timed-out run (pid %d) was still alive" % pid


def test_dir(arg):
    if arg:
        return arg
    import test
    return os.path.dirname(test.__file__)


def run_group(argv, env, cwd, timeout):
    """Runs argv in a process group of its own; at the timeout kills the whole group (the module's child
    interpreters too) and raises TimeoutExpired. Returns (returncode, stdout, stderr)."""
    p = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         errors="replace", start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.communicate()
        raise
    return p.returncode, out, err


def run_one(cmd, name, env, timeout, cwd):
    t0 = time.time()
    try:
        rc, text, errtext = run_group(cmd + [name], env, cwd, timeout)
        r = None
        for line in text.splitlines():
            if line.startswith("@@RESULT@@"):
                r = json.loads(line[len("@@RESULT@@"):])
        if r is None:
            tail = (errtext.strip().splitlines() or ["no output"])[-1]
            r = {"module": name, "passed": [], "failed": [], "errors": [name], "skipped": [],
                 "import_error": "crashed (exit %d): %s" % (rc, tail[:200])}
    except subprocess.TimeoutExpired:
        r = {"module": name, "passed": [], "failed": [], "errors": [name], "skipped": [],
             "import_error": "timed out after %ds" % timeout}
    r["seconds"] = round(time.time() - t0, 1)
    return r


def single_table(mods, results, mode):
    """The table of one mode: CPython's passes against the interpreter's, with its failures, errors, skips."""
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
    head = ("| module | CPython passed | stmj passed | stmj failed | stmj errors | stmj skipped "
            "| CPython's passes that pass | % | note |")
    lines = [head, "|" + "---|" * 9]
    for r in rows:
        lines.append("| %s | %d | %d | %d | %d | %d | %d | %.1f | %s |" % (r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                                                                       r[7], r[8].replace("|", "/")))
    pct = 100.0 * tot["both"] / tot["cp"] if tot["cp"] else 0.0
    lines.append("| **total (%d modules, %d import/run)** | %d | %d | %d | %d | | %d | **%.1f** | |"
                 % (len(mods), tot["imported"], tot["cp"], tot["st"], tot["stf"], tot["ste"], tot["both"], pct))
    summary = ("mode %s: %d of the %d tests CPython 3.11 passes pass under stmj (%.1f%%); %d of %d modules import "
               "and run" % (mode, tot["both"], tot["cp"], pct, tot["imported"], len(mods)))
    return "\n".join(lines), summary


def modes_table(mods, results, modes):
    """One table for several modes: per module CPython's passes, per mode the interpreter's passes and how many of
    CPython's pass, and the tests that pass in one mode but not in another (with their names below the table)."""
    head = "| module | CPython passed | " + " | ".join("%s passed | %s: CPython's that pass" % (m.upper(), m.upper())
                                                       for m in modes) + " | differ | note |"
    ncol = 2 + 2 * len(modes) + 2
    lines = [head, "|" + "---|" * ncol]
    tot = dict(cp=0)
    for md in modes:
        tot[md] = 0
        tot[md + "both"] = 0
        tot[md + "ran"] = 0
    tot["differ"] = 0
    differing = []
    for m in mods:
        cpp = set(results[m]["cpython"]["passed"])
        tot["cp"] += len(cpp)
        cells, notes, sets = [], [], []
        for md in modes:
            st = results[m]["stmj:" + md]
            stp = set(st["passed"])
            sets.append(stp)
            cells.append("%d | %d" % (len(stp), len(cpp & stp)))
            tot[md] += len(stp)
            tot[md + "both"] += len(cpp & stp)
            tot[md + "ran"] += 0 if st["import_error"] and not st["passed"] else 1
            if st["import_error"]:
                notes.append("%s: %s" % (md.upper(), st["import_error"].replace("|", "/")))
        union = set().union(*sets)
        common = set.intersection(*sets)
        diff = union - common
        tot["differ"] += len(diff)
        if diff:
            differing.append((m, [(md, sorted(diff - s)) for md, s in zip(modes, sets)]))
        lines.append("| %s | %d | %s | %d | %s |" % (m, len(cpp), " | ".join(cells), len(diff), "; ".join(notes)))
    cells = []
    for md in modes:
        pct = 100.0 * tot[md + "both"] / tot["cp"] if tot["cp"] else 0.0
        cells.append("%d | %d (**%.1f%%**, %d run)" % (tot[md], tot[md + "both"], pct, tot[md + "ran"]))
    lines.append("| **total (%d modules)** | %d | %s | %d | |" % (len(mods), tot["cp"], " | ".join(cells),
                                                                 tot["differ"]))
    out = ["\n".join(lines), ""]
    for m, per in differing:
        for md, missing in per:
            if missing:
                out.append("- %s, not passing in %s mode: %s" % (m, md.upper(), ", ".join(t.split(".", 2)[-1]
                                                                                        for t in missing)))
    summary = []
    for md in modes:
        pct = 100.0 * tot[md + "both"] / tot["cp"] if tot["cp"] else 0.0
        summary.append("mode %s: %d of the %d tests CPython 3.11 passes pass under stmj (%.1f%%); %d of %d modules "
                       "import and run" % (md, tot[md + "both"], tot["cp"], pct, tot[md + "ran"], len(mods)))
    summary.append("%d modules differ between the modes (%d tests)" % (len(differing), tot["differ"]))
    return "\n".join(out), "\n".join(summary)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--mode", default="gil", help="gil, stm, auto, or several separated by commas (gil,stm)")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json")
    ap.add_argument("--markdown")
    ap.add_argument("--testdir")
    ap.add_argument("--cpython", default=sys.executable)
    ap.add_argument("--self-test", action="store_true",
                    help="only check the run's set-up: child interpreters see the test package, timeouts kill groups")
    args = ap.parse_args()
    modes = args.mode.split(",")
    for md in modes:
        if md not in ("gil", "stm", "auto"):
            ap.error("unknown mode %r" % md)
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
    env.pop("PYTHONHOME", None)
    # the interpreter's processes: PYTHONHOME set, so that test.support starts child interpreters with the
    # environment (see the module's doc); the interpreter does not read it, CPython's run does not get it
    stenv = dict(env)
    stenv["PYTHONHOME"] = ROOT
    # build once before the parallel runs
    for md in modes:
        subprocess.run([STMPY, "--" + md, "-c", "pass"], env=stenv, check=False)
    problems = []
    why = check_child_sees_tests([STMPY, "--" + modes[0]], stenv, work, max(args.timeout, 300))
    if why:
        problems.append("a child interpreter started by test.support does not see the test package: " + why)
    if args.self_test:
        why = check_timeout_kills_group(work)
        if why:
            problems.append(why)
        print("self-test: " + ("; ".join(problems) if problems else "ok"))
        return 1 if problems else 0
    if problems:
        print("run-cpython-tests: " + "; ".join(problems), file=sys.stderr)
        return 1
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        futs = {}
        for m in mods:
            futs[ex.submit(run_one, [args.cpython, driver], m, env, args.timeout, work)] = (m, "cpython")
            for md in modes:
                who = "stmj" if len(modes) == 1 else "stmj:" + md
                futs[ex.submit(run_one, [STMPY, "--" + md, driver], m, stenv, args.timeout, work)] = (m, who)
        for f in concurrent.futures.as_completed(futs):
            m, who = futs[f]
            results.setdefault(m, {})[who] = f.result()
            print("  done %-28s %-9s %6.1fs" % (m, who, f.result()["seconds"]), file=sys.stderr, flush=True)
            if args.json:
                # what is done so far, rewritten after each run: a long STM run cut short still leaves its data
                with open(args.json + ".partial", "w") as pf:
                    json.dump(results, pf, indent=1, sort_keys=True)
    if len(modes) == 1:
        table, summary = single_table(mods, results, modes[0])
    else:
        table, summary = modes_table(mods, results, modes)
    print(table)
    print("\n" + summary)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
