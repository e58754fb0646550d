# textwrap, string, argparse and logging from CPython's library
import argparse
import logging
import string
import sys
import textwrap

para = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(para, width=30))
print(textwrap.shorten(para, width=40))
print(textwrap.dedent("    a\n      b\n    c"))
print(textwrap.indent("x\ny", "> "))
print(string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
print(string.capwords("hello   big world"), string.ascii_lowercase[:5], string.digits)
print(string.Formatter().format("{0}-{x:>4}", 1, x="r"))

parser = argparse.ArgumentParser(prog="demo", description="demo program")
parser.add_argument("files", nargs="*")
parser.add_argument("-n", "--count", type=int, default=1)
parser.add_argument("-v", "--verbose", action="store_true")
sub = parser.add_subparsers(dest="cmd")
run = sub.add_parser("run")
run.add_argument("--fast", action="store_true")
print(parser.parse_args(["-n", "3", "a.txt", "b.txt"]))
print(parser.parse_args(["-v", "run", "--fast"]))
print(parser.format_usage().strip())

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("demo")
log.info("started %d jobs", 3)
log.debug("not shown")
log.warning("disk at %s%%", 91)
try:
    1 / 0
except ZeroDivisionError:
    log.error("failed", exc_info=False)
