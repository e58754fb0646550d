"""A package-manager-like CLI with argparse subcommands; the last parse exits with code 2."""
import argparse
import sys

parser = argparse.ArgumentParser(prog="pkg", description="Manage packages.",
                                 epilog="See 'pkg <command> -h' for help.")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--root", metavar="DIR", default=".")
sub = parser.add_subparsers(dest="command", required=True, title="commands")

p_install = sub.add_parser("install", help="install packages")
p_install.add_argument("names", nargs="+")
p_install.add_argument("--upgrade", "-U", action="store_true")
p_install.add_argument("--jobs", "-j", type=int, choices=range(1, 9), default=1)

p_list = sub.add_parser("list", help="list installed")
p_list.add_argument("--format", choices=["columns", "json", "freeze"], default="columns")
group = p_list.add_mutually_exclusive_group()
group.add_argument("--outdated", action="store_true")
group.add_argument("--uptodate", action="store_true")

p_rm = sub.add_parser("remove", aliases=["rm"], help="remove a package")
p_rm.add_argument("name")
p_rm.add_argument("--yes", action="store_const", const=True, default=False)

INSTALLED = {"requests": "2.31.0", "numpy": "1.26.2", "attrs": "23.1.0"}


def run(argv):
    ns = parser.parse_args(argv)
    if ns.command == "install":
        for name in ns.names:
            action = "upgrading" if name in INSTALLED and ns.upgrade else "installing"
            print(f"{action} {name} with {ns.jobs} job(s)")
    elif ns.command == "list":
        if ns.format == "freeze":
            for k, v in sorted(INSTALLED.items()):
                print(f"{k}=={v}")
        else:
            for k, v in sorted(INSTALLED.items()):
                print(f"{k:<10}{v:>8}")
    elif ns.command in ("remove", "rm"):
        print(f"removing {ns.name} (yes={ns.yes})")
    return ns


print(run(["-vv", "install", "flask", "numpy", "-U", "-j", "4"]))
print(run(["list", "--format", "freeze"]))
print(run(["--root", "/tmp", "rm", "attrs", "--yes"]))
parser.print_usage()
p_install.print_usage()
for bad in (["install"], ["list", "--outdated", "--uptodate"], ["install", "x", "-j", "12"],
            ["frobnicate"], ["list", "--format", "xml"], ["-v", "install", "a", "--bogus"], ["--verbose=3", "list"]):
    try:
        run(bad)
    except SystemExit as e:
        print(f"SystemExit({e.code}) for {bad}")
print("help text:")
parser.print_help()
sys.argv = ["pkg", "remove"]
parser.parse_args()
print("not reached")
