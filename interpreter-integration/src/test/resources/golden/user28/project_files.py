"""Scaffolds a project in a temporary directory and inspects it with pathlib and os.path."""
import os
import os.path
import shutil
import tempfile
from pathlib import Path, PurePosixPath

base = Path("golden_tmp_proj")
if base.exists():
    shutil.rmtree(base)
layout = {
    "src/app/__init__.py": "",
    "src/app/main.py": "print('hi')\n",
    "src/app/util.py": "def f():\n    return 1\n",
    "tests/test_main.py": "import app\n",
    "README.md": "# Demo\n\nA demo project.\n",
    "setup.cfg": "[metadata]\nname = demo\n",
    "docs/index.rst": "Demo\n====\n",
}
for rel, text in layout.items():
    p = base / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)

print(sorted(str(p) for p in base.rglob("*.py")))
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p.relative_to(base)) for p in base.glob("*/*/*.py")))
for p in sorted(base.rglob("*")):
    if p.is_file():
        depth = len(p.relative_to(base).parts) - 1
        print(f"{'  ' * depth}{p.name:<14} {p.stat().st_size:>4} bytes {p.suffix or '-'}")

readme = base / "README.md"
print(readme.read_text().splitlines()[0], readme.stem, readme.suffix, readme.parent, readme.exists())
print(readme.with_suffix(".txt").name, readme.with_name("LICENSE"), (base / "src" / "..").resolve().name)
q = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg/mod.tar.gz")
print(q.parts[:3], q.name, q.suffixes, q.stem, q.anchor, q.parents[2], q.is_absolute(), q.match("*.gz"))
print(PurePosixPath("a/b/../c").as_posix(), PurePosixPath("a") / "b" / "c.txt", PurePosixPath("x/y").joinpath("z"))
print(repr(PurePosixPath("docs", "index.rst")), PurePosixPath("a/b").relative_to("a"))
try:
    PurePosixPath("a/b").relative_to("c")
except ValueError as e:
    print("ValueError:", e)

print(os.path.join("src", "app", "main.py"), os.path.splitext("archive.tar.gz"), os.path.basename("a/b/c.txt"))
print(os.path.dirname("a/b/c.txt"), os.path.normpath("a//b/./c/../d"), os.path.split("a/b/c"), os.path.isabs("a/b"))
print(os.path.exists(base / "setup.cfg"), os.path.isdir(base / "src"), os.path.getsize(base / "setup.cfg"))
print(os.path.commonprefix(["src/app/main.py", "src/app/util.py"]), os.path.commonpath(["src/app/main.py", "src/lib/x.py"]))
print(os.path.relpath("src/app/main.py", "src"), os.path.splitext(".bashrc"), os.sep, os.extsep)

walked = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    walked.append((os.path.relpath(root, base), sorted(files)))
print(walked)

with tempfile.TemporaryDirectory(dir=".", prefix="golden_tmp_") as tmp:
    t = Path(tmp) / "notes.txt"
    t.write_text("one\ntwo\nthree\n")
    with t.open("a") as f:
        f.write("four\n")
    print(t.read_text().split(), Path(tmp).exists(), os.listdir(tmp))
print(Path(tmp).exists())

with tempfile.NamedTemporaryFile("w+", suffix=".csv", dir=".", prefix="golden_tmp_", delete=True) as f:
    f.write("a,b\n1,2\n")
    f.seek(0)
    print(f.read().splitlines(), Path(f.name).suffix)

shutil.copy(base / "setup.cfg", base / "setup.bak")
(base / "setup.bak").rename(base / "old.cfg")
shutil.copytree(base / "docs", base / "docs2")
print(sorted(p.name for p in base.iterdir()))
(base / "old.cfg").unlink()
try:
    (base / "old.cfg").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    (base / "src").rmdir()
except OSError as e:
    print(type(e).__name__, e.strerror)
shutil.rmtree(base)
print(base.exists())
