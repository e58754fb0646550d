import argparse, logging, sys, shlex, textwrap, pprint

parser = argparse.ArgumentParser(prog="todo", description="A tiny todo manager.",
                                 epilog="Have fun.", formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--db", default="todo.json", metavar="PATH", help="database file (default: %(default)s)")
sub = parser.add_subparsers(dest="cmd", required=True)
a = sub.add_parser("add", help="add an item")
a.add_argument("text", nargs="+")
a.add_argument("-p", "--priority", type=int, choices=[1, 2, 3], default=2)
l = sub.add_parser("list", help="list items")
l.add_argument("--done", action="store_true")
g = l.add_mutually_exclusive_group()
g.add_argument("--asc", action="store_true")
g.add_argument("--desc", action="store_true")
parser.print_help(sys.stdout)
a.print_help(sys.stdout)
for argv in ["add buy milk -p 3", "-vv list --done --asc", "--db x.json list", "list --asc --desc", "add", "add x -p 7",
             "frob", "--help-me list"]:
    try:
        ns = parser.parse_args(shlex.split(argv))
        print("OK", sorted(vars(ns).items()))
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = sys.stdout
for argv in ["list --asc --desc", "add x -p 7", "frob", "add"]:
    try:
        parser.parse_args(shlex.split(argv))
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = sys.__stderr__
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-8s %(name)s:%(lineno)d %(message)s")
log = logging.getLogger("todo.core")
log.debug("debug %s", 1)
log.info("info %d items", 3)
log.warning("warn %r", "x")
child = logging.getLogger("todo.core.db")
child.setLevel(logging.ERROR)
child.warning("hidden")
child.error("shown %s", {"a": 1})
try:
    1 / 0
except ZeroDivisionError as e:
    log.error("failed: %r", e)
logging.getLogger().handlers[0].setFormatter(logging.Formatter("[%(levelno)s] %(message)s"))
log.critical("crit")
print(shlex.split("a 'b c' \"d e\" f\\ g"), shlex.quote("it's"), shlex.join(["a b", "c"]))
txt = "The quick brown fox jumps over the lazy dog and keeps running far away into the night."
print(textwrap.fill(txt, 30))
print(textwrap.wrap(txt, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(txt, 40), repr(textwrap.dedent("   a\n     b\n   c")), textwrap.indent("x\ny\n", "> "))
pprint.pprint({"users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "id": i} for i in range(4)],
               "meta": {"count": 4, "tags": {3, 1, 2}}}, width=60)
print(pprint.pformat(list(range(30)), compact=True, width=40))
