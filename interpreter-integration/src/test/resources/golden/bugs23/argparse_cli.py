"""A command-line tool built on argparse: subcommands, types, choices, mutually exclusive groups, defaults,
--help text (fixed width through COLUMNS), parse errors (exit code 2, usage on stderr); the last call fails
uncaught like a real tool run with bad arguments."""
import argparse
import contextlib
import io
import os
import sys

os.environ["COLUMNS"] = "72"


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def build():
    p = argparse.ArgumentParser(prog="inv", description="Manage a small inventory of parts.",
                                epilog="Report bugs to the shop floor.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output (repeatable)")
    p.add_argument("--store", default="main", metavar="NAME", help="store to use (default: %(default)s)")
    sub = p.add_subparsers(dest="cmd", required=True, title="commands")
    add = sub.add_parser("add", help="add parts")
    add.add_argument("part")
    add.add_argument("qty", type=positive)
    add.add_argument("--tag", action="append", default=[], help="a tag; repeat for several")
    add.add_argument("--price", type=float, default=0.0)
    ls = sub.add_parser("list", help="list parts")
    ls.add_argument("--sort", choices=["name", "qty"], default="name")
    grp = ls.add_mutually_exclusive_group()
    grp.add_argument("--json", action="store_true")
    grp.add_argument("--csv", action="store_true")
    rm = sub.add_parser("rm", help="remove parts", aliases=["del"])
    rm.add_argument("parts", nargs="+")
    rm.add_argument("-n", "--dry-run", action="store_true")
    return p


def run(argv):
    parser = build()
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = parser.parse_args(argv)
            print(sorted(vars(ns).items()))
        except SystemExit as e:
            code = e.code
    print(f"argv={argv} exit={code}")
    for line in out.getvalue().splitlines():
        print("  out|", line)
    for line in err.getvalue().splitlines():
        print("  err|", line)


run(["add", "bolt", "12", "--tag", "m4", "--tag", "steel", "--price", "0.25"])
run(["-vv", "--store", "north", "list", "--sort", "qty", "--json"])
run(["del", "bolt", "nut", "-n"])
run(["--help"])
run(["add", "--help"])
run(["add", "bolt", "-3"])
run(["add", "bolt", "zero"])
run(["list", "--sort", "price"])
run(["list", "--json", "--csv"])
run([])
run(["frob"])
run(["rm"])
run(["list", "--unknown"])

parser = build()
ns, rest = parser.parse_known_args(["list", "--extra", "x"])
print(ns.cmd, ns.sort, rest)
print(parser.format_usage().strip())
p2 = argparse.ArgumentParser(prog="calc", add_help=False, allow_abbrev=True)
p2.add_argument("--precision", type=int, default=2)
p2.add_argument("numbers", nargs="*", type=float)
print(p2.parse_args(["--prec", "3", "1.5", "2"]))
print(p2.parse_intermixed_args(["1", "--precision", "4", "2"]))
sys.argv = ["inv", "add", "washer"]
build().parse_args()
print("not reached")
