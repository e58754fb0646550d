# A command-line tool built with argparse, run against several given argv lists, logging to a stream.
import argparse
import logging
import io
import sys

def build():
    p = argparse.ArgumentParser(prog="inv", description="Inventory tool.", epilog="See docs.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--format", choices=["text", "json"], default="text")
    sub = p.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="add an item")
    add.add_argument("name")
    add.add_argument("qty", type=int)
    add.add_argument("--price", type=float, default=0.0)
    add.add_argument("--tag", action="append", default=[])
    ls = sub.add_parser("list", help="list items")
    ls.add_argument("--limit", type=int, metavar="N")
    ls.add_argument("--all", action="store_true")
    g = ls.add_mutually_exclusive_group()
    g.add_argument("--asc", action="store_true")
    g.add_argument("--desc", action="store_true")
    rm = sub.add_parser("rm")
    rm.add_argument("names", nargs="+")
    rm.add_argument("--dry-run", action="store_true", dest="dry")
    return p

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s: %(message)s"))
log = logging.getLogger("inv")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False
child = logging.getLogger("inv.db")

parser = build()
argvs = [
    ["add", "widget", "5", "--price", "2.5", "--tag", "a", "--tag", "b"],
    ["-vv", "--format", "json", "list", "--limit", "3", "--desc"],
    ["rm", "x", "y", "--dry-run"],
    ["list", "--asc", "--desc"],
    ["add", "gizmo", "many"],
    ["--format", "xml", "list"],
    [],
]
for argv in argvs:
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        ns = parser.parse_args(argv)
    except SystemExit as e:
        sys.stderr = old
        msg = err.getvalue().strip().splitlines()
        print(f"{argv} -> exit {e.code}: {msg[-1]}")
        log.error("bad arguments %r", argv)
        continue
    sys.stderr = old
    print(f"{argv} -> {sorted(vars(ns).items())}")
    if ns.verbose >= 2:
        log.debug("verbose level %d", ns.verbose)
    child.info("command %s", ns.cmd)
    if ns.cmd == "rm" and ns.dry:
        log.warning("dry run: would remove %s", ", ".join(ns.names))

ns, extra = parser.parse_known_args(["list", "--bogus", "1"])
print(ns.cmd, extra)
print(parser.format_usage().strip())
h = parser.format_help()
print(h.splitlines()[0], "|", [l.strip() for l in h.splitlines() if "--verbose" in l][0])
try:
    logging.getLogger("inv").critical("disk %s at %d%%", "sda", 97)
    raise ValueError("oops")
except ValueError:
    log.exception("caught")
log.setLevel(logging.WARNING)
log.info("hidden")
log.log(logging.ERROR, "shown %s", "error")
print(stream.getvalue().replace("Traceback", "TB").split("\n  File")[0])
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), child.getEffectiveLevel(), child.parent.name)
records = []
class ListHandler(logging.Handler):
    def emit(self, record):
        records.append((record.levelname, record.getMessage(), record.name))
lh = ListHandler()
lh.addFilter(lambda r: "secret" not in r.getMessage())
log.addHandler(lh)
log.error("a %d", 1)
log.error("secret %d", 2)
child.warning("from child")
print(records)
