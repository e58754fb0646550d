import os
import pathlib
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix="conf26_") as tmp:
    root = pathlib.Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg" / "__init__.py").write_text("")
    (root / "src" / "pkg" / "mod.py").write_text("X = 1\nY = 2\n")
    (root / "src" / "README.md").write_text("# Title\n\nbody text\n", encoding="utf-8")
    (root / "data").mkdir()
    for i in range(3):
        (root / "data" / f"part{i}.csv").write_bytes(b"a,b\n%d,%d\n" % (i, i * i))

    def rel(p):
        return pathlib.Path(p).relative_to(root).as_posix()

    print(sorted(rel(p) for p in root.rglob("*")))
    print(sorted(rel(p) for p in root.glob("**/*.py")), sorted(p.name for p in (root / "data").iterdir()))
    mod = root / "src" / "pkg" / "mod.py"
    print(mod.name, mod.stem, mod.suffix, mod.parent.name, rel(mod.with_suffix(".txt")), mod.exists(), mod.is_file())
    print(mod.read_text().splitlines(), mod.stat().st_size, [p.name for p in mod.parents][:2])
    p = pathlib.PurePosixPath("/usr/lib/python3.11/site-packages/x.tar.gz")
    print(p.suffixes, p.parts[:3], p.anchor, p.match("*.gz"), p.is_relative_to("/usr"), p.with_name("y.zip"))
    print(pathlib.PurePosixPath("a/b/../c").as_posix(), pathlib.PurePosixPath("a") / "b" / "c")
    shutil.copy(mod, root / "data" / "copy.py")
    shutil.copytree(root / "src", root / "backup", ignore=shutil.ignore_patterns("*.md"))
    print(sorted(rel(p) for p in (root / "backup").rglob("*")))
    shutil.move(str(root / "data" / "copy.py"), str(root / "moved.py"))
    print((root / "moved.py").read_text() == mod.read_text(), (root / "data" / "copy.py").exists())
    archive = shutil.make_archive(str(root / "arch"), "zip", root_dir=root / "data")
    print(rel(archive), os.path.getsize(archive) > 0)
    shutil.unpack_archive(archive, root / "unpacked")
    print(sorted(p.name for p in (root / "unpacked").iterdir()))
    shutil.rmtree(root / "backup")
    print((root / "backup").exists())
    with open(root / "log.txt", "a") as f:
        f.write("one\n")
    with open(root / "log.txt", "a+") as f:
        f.write("two\n")
        f.seek(0)
        print(f.read().split())
    for dirpath, dirnames, filenames in os.walk(root / "src"):
        dirnames.sort()
        print(rel(dirpath) or ".", sorted(filenames))
    try:
        (root / "nope" / "x").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, rel(e.filename))
    try:
        (root / "data").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        (root / "src").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    with tempfile.NamedTemporaryFile("w+", dir=root, suffix=".tmp", delete=False) as nt:
        nt.write("temp data")
        name = nt.name
    print(pathlib.Path(name).suffix, pathlib.Path(name).read_text(), pathlib.Path(name).parent == root)
    with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as sp:
        sp.write("small")
        print(sp._rolled)
        sp.write(" and now larger")
        print(sp._rolled)
        sp.seek(0)
        print(sp.read())
    (root / "src" / "README.md").rename(root / "README.md")
    print(sorted(p.name for p in root.iterdir() if p.suffix != '.tmp'))
    usage = shutil.disk_usage(root)
    print(usage.total >= usage.used >= 0, usage.free >= 0, shutil.which("definitely-not-a-command-xyz"))
    st = os.statvfs(root)
    print(st.f_bsize > 0, st.f_blocks > 0, st.f_namemax, type(st).__name__, len(st))
print(os.path.exists(tmp))
