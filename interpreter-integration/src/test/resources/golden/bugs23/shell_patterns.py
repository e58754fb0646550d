"""A mini shell front end: shlex splitting (posix and not, comments, punctuation_chars, errors), quote/join round
trips, fnmatch filters (case rules, translate), and path matching with PurePosixPath/PureWindowsPath without
touching the file system."""
import fnmatch
import shlex
from pathlib import PurePosixPath, PureWindowsPath

lines = [
    'grep -rn "hello world" src/ --include=*.py',
    "echo 'it''s' \"a \\\"quoted\\\" word\" plain\\ space",
    "ls -la # list everything",
    "cat a.txt|sort -u>out.txt&&echo done",
    "printf '%s\\n' $HOME ~/x",
]
for line in lines:
    print(shlex.split(line))
print(shlex.split(lines[2], comments=True))
lex = shlex.shlex(lines[3], posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a=1, b='two three'; c", posix=False)
lex.whitespace_split = False
print(list(lex))
lex = shlex.shlex("key = value # trailing", posix=True)
lex.wordchars += "."
print([tok for tok in lex])
for bad in ['echo "unterminated', "echo 'open", "trailing \\"]:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print("ValueError:", e)
args = ["rm", "-rf", "my file.txt", "it's", "", "$(danger)", "plain", "a*b"]
quoted = [shlex.quote(a) for a in args]
print(quoted)
joined = shlex.join(args)
print(joined, shlex.split(joined) == args)

names = ["main.py", "Main.PY", "test_main.py", "README.md", "setup.cfg", "data_01.csv", "data_1x.csv",
         ".hidden", "notes[1].txt", "a?b.txt", "build/out.o"]
for pat in ["*.py", "test_*", "data_[0-9][0-9].csv", "*[!.]?", "notes[[]1].txt", "a[?]b.txt", "*.[ch]", "build/*",
            "[!a-m]*"]:
    print(f"{pat:16}", fnmatch.filter(names, pat), [n for n in names if fnmatch.fnmatchcase(n, pat.upper())])
print(fnmatch.translate("*.py"), fnmatch.translate("data_[!0-9]?.csv"), fnmatch.translate("[]]x"))
print(fnmatch.fnmatch("FOO.TXT", "*.txt"), fnmatch.fnmatchcase("FOO.TXT", "*.txt"))

p = PurePosixPath("/srv/app/releases/v1.2.3/bin/server.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent.name, p.parts[:3], p.anchor)
for pat in ["*.gz", "bin/*.tar.gz", "releases/*/bin/*", "/srv/*", "/srv/**/server.tar.gz", "*.TAR.GZ"]:
    print(pat, p.match(pat))
print(p.relative_to("/srv/app"), p.with_suffix(".zip"), p.with_name("client"), p.with_stem("srv"))
try:
    p.relative_to("/opt")
except ValueError as e:
    print("ValueError:", e)
print(PurePosixPath("a/b/../c/./d"), PurePosixPath("//host/x"), PurePosixPath("a") / "b" / "/abs")
w = PureWindowsPath(r"C:\Users\Ann\Docs\Report.DOCX")
print(w.drive, w.root, w.name, w.suffix, w.parts, w.match("*.docx"), w.as_posix())
print(PureWindowsPath("c:/x") == PureWindowsPath("C:\\X"), PurePosixPath("/X") == PurePosixPath("/x"))
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/c"), PurePosixPath("a/b/c")]), PurePosixPath("a/b").is_relative_to("a"))
print(PureWindowsPath(r"\\server\share\dir\f.txt").anchor, PureWindowsPath("d:rel").is_absolute(), PurePosixPath("/").name == "")
