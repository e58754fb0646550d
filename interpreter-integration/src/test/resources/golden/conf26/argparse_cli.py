import argparse
import sys


def build():
    p = argparse.ArgumentParser(prog="tasks", description="A tiny task manager.",
                                epilog="Use SUBCOMMAND --help for more.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--db", default="tasks.db", metavar="PATH", help="database file (default: %(default)s)")
    sub = p.add_subparsers(dest="cmd", required=True, title="commands")
    a = sub.add_parser("add", help="add a task")
    a.add_argument("title", nargs="+")
    a.add_argument("-p", "--priority", type=int, choices=range(1, 6), default=3)
    a.add_argument("--tag", action="append", dest="tags", default=[])
    ls = sub.add_parser("list", help="list tasks", aliases=["ls"])
    ls.add_argument("--done", action="store_true")
    g = ls.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--csv", action="store_true")
    rm = sub.add_parser("rm", help="remove tasks")
    rm.add_argument("ids", type=int, nargs="*")
    rm.add_argument("--all", action="store_true")
    return p


def run(argv):
    p = build()
    print(">>>", " ".join(argv))
    try:
        ns = p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
        return
    print(sorted(vars(ns).items()))


sys.stderr = sys.stdout
run(["add", "buy", "milk", "-p", "2", "--tag", "home", "--tag", "shop"])
run(["-vv", "ls", "--done", "--json"])
run(["list", "--json", "--csv"])
run(["add", "x", "-p", "9"])
run(["rm", "1", "2", "3"])
run([])
run(["frob"])
run(["add", "--priority", "two", "x"])
run(["--help"])
run(["add", "--help"])
run(["ls", "-h"])
p = build()
ns, rest = p.parse_known_args(["rm", "--all", "--force"])
print(ns.all, rest)
p2 = argparse.ArgumentParser(prog="conv", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument("--width", type=float, default=1.5, help="width")
p2.add_argument("files", nargs=argparse.REMAINDER)
print(p2.format_help())
print(p2.parse_args(["--width", "2", "a", "--b"]))
