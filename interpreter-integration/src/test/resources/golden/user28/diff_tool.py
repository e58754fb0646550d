"""Compares two versions of a config file with difflib; fnmatch, shlex and glob-style filters."""
import difflib
import fnmatch
import shlex

OLD = """[server]
host = 10.0.0.1
port = 8080
workers = 4
log = /var/log/app.log

[cache]
size = 256
ttl = 60
""".splitlines(keepends=True)
NEW = """[server]
host = 10.0.0.2
port = 8080
workers = 8
timeout = 30

[cache]
size = 256
ttl = 120
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(OLD, NEW, fromfile="app.conf.orig", tofile="app.conf", n=1)), end="")
print("".join(difflib.context_diff(OLD[:5], NEW[:5], fromfile="a", tofile="b")), end="")
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "emu\n"])), end="")
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 6), sm.quick_ratio(), sm.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"  {tag:<8} a[{i1}:{i2}] b[{j1}:{j2}]")
print(sm.get_matching_blocks()[-2:])
words = ["apple", "apply", "ape", "maple", "happy", "applet", "pineapple"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("apl", words, n=2, cutoff=0.5))
d = difflib.Differ()
print(list(d.compare(["a b c\n"], ["a c d\n"])))
print(difflib.SequenceMatcher(lambda c: c == " ", "a b c", "a  c").ratio())

files = ["main.py", "test_main.py", "README.md", "setup.cfg", "docs/index.rst", "src/app/util.py", ".gitignore", "Makefile"]
for pat in ("*.py", "test_*", "*.[mc][df]*", "[!.]*", "src/*", "*/*.py", "?akefile"):
    print(f"{pat:<12} {fnmatch.filter(files, pat)}")
print(fnmatch.fnmatch("FOO.PY", "*.py"), fnmatch.fnmatchcase("FOO.PY", "*.py"), fnmatch.translate("*.p[yw]"))

for line in ['ls -la "My Documents"', "grep -e 'a b' file\\ name.txt", 'echo "nested \\"quote\\"" # comment',
             "cmd --opt=val 'it'\"'\"'s'"]:
    print(shlex.split(line, comments=True))
print(shlex.join(["rm", "-rf", "my dir", "it's"]), shlex.quote("safe"), shlex.quote(""), shlex.quote("a;b"))
lex = shlex.shlex("a=1, b='two words'; c", posix=True, punctuation_chars=True)
print(list(lex))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)
