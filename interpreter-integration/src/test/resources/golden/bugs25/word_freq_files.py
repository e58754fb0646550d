import os, tempfile, pathlib, glob, shutil, fnmatch, io, sys
from collections import Counter
base = pathlib.Path("golden_tmp_wf")
shutil.rmtree(base, ignore_errors=True)
(base / "sub" / "deep").mkdir(parents=True)
docs = {"a.txt": "apple banana apple\ncherry\n", "sub/b.txt": "banana\nbanana apple\n", "sub/deep/c.md": "# Title\napple pie\n",
        "sub/notes.log": "ERROR x\nINFO y\nERROR z\n"}
for rel, text in docs.items():
    (base / rel).write_text(text, encoding="utf-8")
print(sorted(str(p.relative_to(base)) for p in base.rglob("*.txt")))
print(sorted(p.name for p in base.glob("**/*") if p.is_file()))
print(sorted(os.path.relpath(x, base) for x in glob.glob(str(base / "**" / "*.md"), recursive=True)))
cnt = Counter()
for p in sorted(base.rglob("*")):
    if p.suffix in {".txt", ".md"}:
        with p.open() as fh:
            for line in fh:
                cnt.update(w.strip("#").lower() for w in line.split() if w.strip("#"))
print(cnt.most_common(3))
errs = [ln.rstrip("\n") for ln in open(base / "sub" / "notes.log") if ln.startswith("ERROR")]
print(errs)
walk = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    walk.append((os.path.relpath(root, base), sorted(files)))
print(walk)
p = base / "sub" / "deep" / "c.md"
print(p.suffix, p.stem, p.parent.name, p.with_suffix(".txt").name, p.relative_to(base).parts, p.exists(), (base / "zz").exists())
print(pathlib.PurePosixPath("/a/b/../c.tar.gz").suffixes, pathlib.PurePosixPath("a") / "b" / "c", pathlib.PurePath("x/y").as_posix())
with open(base / "bin.dat", "wb") as f:
    f.write(bytes(range(10)))
with open(base / "bin.dat", "rb") as f:
    f.seek(3); print(f.read(2), f.tell()); f.seek(-2, 2); print(f.read())
with open(base / "app.txt", "a+") as f:
    f.write("one\n"); f.write("two\n"); f.seek(0); print(f.readlines())
print(os.path.getsize(base / "a.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/q/w.e"), os.path.join("a", "b", "c"))
print(fnmatch.filter(["a.py", "b.txt", "c.PY"], "*.py"), fnmatch.fnmatch("x.Py", "*.py"))
for bad in [lambda: open(base / "missing.txt"), lambda: (base / "sub").read_text(), lambda: os.mkdir(base / "sub"),
            lambda: os.rmdir(base / "sub"), lambda: open(base / "a.txt", "rz")]:
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e.errno if isinstance(e, OSError) else "", str(e).replace(str(base), "BASE"))
(base / "a.txt").rename(base / "a2.txt")
os.replace(base / "a2.txt", base / "a3.txt")
print(sorted(os.listdir(base)))
shutil.copy(base / "a3.txt", base / "copy.txt")
print((base / "copy.txt").read_text().splitlines())
tmp = tempfile.NamedTemporaryFile("w+", suffix=".x", delete=True)
tmp.write("hello"); tmp.flush(); tmp.seek(0); print(tmp.read(), tmp.name.endswith(".x")); tmp.close()
with tempfile.TemporaryDirectory() as d:
    q = pathlib.Path(d) / "f"
    q.write_bytes(b"\x00\x01")
    print(q.read_bytes(), q.stat().st_size)
print(os.path.exists(d))
shutil.rmtree(base)
print(base.exists())
