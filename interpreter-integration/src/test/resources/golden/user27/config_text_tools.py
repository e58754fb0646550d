"""A settings tool: configparser with interpolation, string.Template, textwrap, pprint, reprlib, shlex."""
import configparser
import io
import pprint
import reprlib
import shlex
import string
import textwrap

INI = """
[DEFAULT]
base = /srv/app
debug = false

[server]
host = 0.0.0.0
port = 8080
root = %(base)s/www
timeout = 2.5
; a comment
# another comment

[client]
retries = 3
urls = http://a
    http://b
enabled = yes
"""

cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults(), list(cp["server"]))
print(cp["server"]["root"], cp.getint("server", "port"), cp.getfloat("server", "timeout"), cp.getboolean("client", "enabled"))
print(cp.get("client", "urls").split(), cp.get("server", "missing", fallback="fb"), cp["client"].getint("retries"))
print(cp.has_option("server", "debug"), cp.getboolean("server", "debug"), "client" in cp, cp.get("server", "root", raw=True))
for bad in [lambda: cp.get("nosuch", "x"), lambda: cp.get("server", "nosuch"), lambda: cp.getint("server", "host"),
            lambda: cp.read_string("[dup]\na=1\n[dup]\n"), lambda: cp.read_string("no header"),
            lambda: configparser.ConfigParser().read_string("[s]\nx = %(y)s\n") or configparser.ConfigParser()]:
    try:
        bad()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " | "))
icp = configparser.ConfigParser()
icp.read_string("[s]\nx = %(y)s\n")
try:
    icp.get("s", "x")
except configparser.InterpolationMissingOptionError as e:
    print("InterpolationMissingOptionError:", str(e).replace("\n", " | "))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = 1\n[b]\ny = ${a:x}-2\n")
print(ext["b"]["y"])
cp["new"] = {"k": "v", "n": "1"}
cp.set("new", "extra", "e")
out = io.StringIO()
cp.write(out)
print(out.getvalue().splitlines()[-5:])

t = string.Template("Dear $name, you owe ${amount}$$. $missing")
print(t.safe_substitute(name="Bo", amount=5))
try:
    t.substitute(name="Bo", amount=5)
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a$b").get_identifiers(), string.Template("$x").is_valid(), string.ascii_letters[:5], string.punctuation[:5])
f = string.Formatter()
print(f.format("{0}-{name!r:>6}", 1, name="x"), list(f.parse("a{b:>3}c{d!s}")))

text = ("Python is a programming language that lets you work quickly and integrate systems more effectively. " * 2).strip()
print(textwrap.fill(text, width=40))
print(textwrap.wrap(text, 30)[:2], textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.dedent("    x\n      y\n    z"), sep="|")
print(textwrap.fill("supercalifragilisticexpialidocious word", width=10, break_long_words=True))
tw = textwrap.TextWrapper(width=25, initial_indent="* ", subsequent_indent="  ", max_lines=2)
print(tw.fill(text))

data = {"servers": [{"name": f"s{i}", "tags": list(range(i)), "meta": {"up": i % 2 == 0}} for i in range(4)],
        "owner": "ops", "long": "x" * 30}
pprint.pprint(data, width=60)
print(pprint.pformat(list(range(30)), compact=True, width=40))
print(pprint.pformat({"b": 1, "a": {3, 1, 2}}, sort_dicts=True), pprint.isreadable([1, {}]), pprint.saferepr([[1] * 2]))
rec = [1]
rec.append(rec)
print(pprint.pformat(rec).split(" with id")[0])
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(r.repr(list(range(10))), r.repr("a" * 50), reprlib.repr(set(range(20))), reprlib.repr({i: i for i in range(10)}))


class Tree:
    def __init__(self):
        self.kids = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.kids})"


print(Tree())
print(shlex.split('cmd --opt "a b" \'c d\' e\\ f'), shlex.quote("it's here"), shlex.join(["a b", "c"]))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)
lx = shlex.shlex("a=1; b='x y'", posix=True, punctuation_chars=True)
print(list(lx))
