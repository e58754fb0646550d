"""A build-artifact packer: tempfile/pathlib/shutil/os.walk, zipfile and tarfile in memory and on disk, gzip,
io wrappers, file modes and encodings, deterministic listings."""
import gzip
import hashlib
import io
import os
import shutil
import stat
import tarfile
import tempfile
import zipfile
from pathlib import Path, PurePosixPath, PureWindowsPath

SOURCES = {
    "src/app/__init__.py": "VERSION = '1.4.2'\n",
    "src/app/core.py": "def run():\n    return 'ok'\n" * 3,
    "src/app/data/table.csv": "id,name\n1,ä\n2,ö\n",
    "docs/README.md": "# App\n\nÜber alles.\n",
    "build/tmp.o": "\x00junk",
    ".hidden/secret": "x",
}

with tempfile.TemporaryDirectory(prefix="pack-") as tmp:
    root = Path(tmp) / "project"
    for rel, text in SOURCES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    (root / "src/app/core.py").chmod(0o755)
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*.py")))
    print(sorted(p.name for p in root.glob("*/*") if p.is_dir()), sorted(p.name for p in root.iterdir()))
    walked = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "build")
        for f in sorted(filenames):
            walked.append(os.path.relpath(os.path.join(dirpath, f), root).replace(os.sep, "/"))
    print(walked)
    core = root / "src/app/core.py"
    st = core.stat()
    print(stat.filemode(st.st_mode)[1:4], st.st_size, bool(st.st_mode & stat.S_IXUSR), core.suffix, core.stem, core.parent.name)

    dist = Path(tmp) / "dist"
    shutil.copytree(root, dist / "stage", ignore=shutil.ignore_patterns("build", ".*"))
    print(sorted(str(p.relative_to(dist)).replace(os.sep, "/") for p in dist.rglob("*") if p.is_file()))
    shutil.copy2(core, dist / "core_copy.py")
    shutil.move(str(dist / "core_copy.py"), str(dist / "moved.py"))
    print((dist / "moved.py").read_text() == core.read_text(), (dist / "core_copy.py").exists())

    zpath = dist / "app.zip"
    with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for rel in walked:
            zf.write(root / rel, arcname=rel)
        zf.writestr("META/INFO", "name=app\nversion=1.4.2\n")
    with zipfile.ZipFile(zpath) as zf:
        names = zf.namelist()
        info = zf.getinfo("src/app/core.py")
        print(names, info.file_size, info.compress_type == zipfile.ZIP_DEFLATED, zf.testzip())
        print(zf.read("src/app/data/table.csv").decode(), end="")
        with zf.open("META/INFO") as fh:
            print([line.strip() for line in io.TextIOWrapper(fh, encoding="ascii")])
    try:
        zipfile.ZipFile(io.BytesIO(b"not a zip"))
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for rel in walked:
            ti = tf.gettarinfo(str(root / rel), arcname=rel)
            ti.mtime, ti.uid, ti.gid, ti.uname, ti.gname = 0, 0, 0, "", ""
            with open(root / rel, "rb") as fh:
                tf.addfile(ti, fh)
        data = b"generated\n"
        ti = tarfile.TarInfo("gen/notes.txt")
        ti.size = len(data)
        tf.addfile(ti, io.BytesIO(data))
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r:*") as tf:
        members = tf.getmembers()
        print([(m.name, m.size, m.isfile()) for m in members][:3], len(members))
        print(tf.extractfile("gen/notes.txt").read(), oct(tf.getmember("src/app/core.py").mode & 0o777))
        out = Path(tmp) / "unpacked"
        tf.extractall(out)
    print(sorted(str(p.relative_to(out)).replace(os.sep, "/") for p in out.rglob("*") if p.is_file()))

    gz = Path(tmp) / "log.gz"
    with gzip.open(gz, "wt", encoding="utf-8", newline="\n") as fh:
        for i in range(3):
            fh.write(f"line {i} é\n")
    with gzip.open(gz, "rt", encoding="utf-8") as fh:
        print(fh.readlines())
    print(gzip.decompress(gzip.compress(b"abc" * 10, mtime=0)) == b"abc" * 10, len(gzip.compress(b"", mtime=0)))

    bin_path = Path(tmp) / "blob.bin"
    with open(bin_path, "wb") as fh:
        fh.write(bytes(range(256)))
    with open(bin_path, "r+b") as fh:
        fh.seek(-4, os.SEEK_END)
        tail = fh.read()
        fh.seek(10)
        fh.write(b"XY")
        fh.seek(0, os.SEEK_SET)
        head = fh.read(12)
        print(tail, head[-3:], fh.tell(), fh.seekable(), fh.mode)
    with open(bin_path, "ab") as fh:
        print(fh.tell(), fh.write(b"!"))
    print(bin_path.stat().st_size, hashlib.sha1(bin_path.read_bytes()).hexdigest()[:10])
    txt = Path(tmp) / "crlf.txt"
    txt.write_bytes(b"a\r\nb\rc\n")
    with open(txt, newline=None) as fh:
        print(repr(fh.read()), fh.newlines)
    with open(txt, newline="") as fh:
        print(fh.readlines())
    with open(txt, "w", encoding="latin-1", errors="replace") as fh:
        fh.write("café ☃")
    print(txt.read_bytes(), txt.read_text(encoding="latin-1"))
    try:
        open(Path(tmp) / "nope" / "x.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, Path(e.filename).name)
    try:
        (root / "docs").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    shutil.rmtree(root / "docs")
    print((root / "docs").exists(), sorted(p.name for p in root.iterdir()))
    with tempfile.NamedTemporaryFile("w+", suffix=".tmp", dir=tmp, delete=True) as nt:
        nt.write("temp data")
        nt.flush()
        nt.seek(0)
        print(nt.read(), Path(nt.name).suffix, Path(nt.name).parent == Path(tmp))
    with tempfile.SpooledTemporaryFile(max_size=10) as sp:
        sp.write(b"0123456789abc")
        sp.seek(0)
        print(sp.read(4))
print(Path(tmp).exists())
p = PurePosixPath("/srv/app/releases/v1.4.2/app.tar.gz")
print(p.suffixes, p.stem, p.with_suffix(".zip"), p.parents[1], p.parts[:3], p.relative_to("/srv"), p.match("*.gz"))
print(PurePosixPath("a/b/../c").as_posix(), PurePosixPath("/a") / "b" / "/c", PureWindowsPath(r"C:\Users\x\f.txt").parts, PureWindowsPath("c:/A") == PureWindowsPath("C:\\a"))
print(PurePosixPath("x/y.txt").with_name("z.md"), PurePosixPath("x").joinpath("y", "z"), PurePosixPath("/").is_absolute(), PurePosixPath("a/b").is_relative_to("a"))
