import os, io, tempfile
p = "golden_tmp_io18_modes_%d.txt" % os.getpid()
def show(*a):
    print(*a)
for mode in ["r", "w", "a", "x", "r+", "w+", "a+", "x+", "rb", "wb", "ab", "rb+", "wb+", "ab+", "rt", "bad", "rw", "rbt", "U", "rr", ""]:
    if os.path.exists(p) and "x" in mode:
        os.remove(p)
    with open(p, "w") as f:
        f.write("line1\nline2\n") if "x" not in mode else None
    if "x" in mode:
        os.remove(p)
    try:
        f = open(p, mode)
    except (ValueError, TypeError, OSError) as e:
        show(mode, type(e).__name__, e)
        continue
    show(mode, type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable(), f.tell())
    try:
        if f.writable():
            show("w", f.write(b"AB" if "b" in mode else "AB"), f.tell())
        if f.readable():
            f.seek(0)
            show("r", f.read(3), f.tell(), f.read(), f.tell())
            f.seek(0)
            show("line", f.readline(), f.tell())
        if f.writable():
            show("trunc", f.truncate(4), f.tell())
        f.seek(0, 2)
        show("end", f.tell())
    except (io.UnsupportedOperation, OSError, ValueError) as e:
        show("err", type(e).__name__, e)
    f.close()
    show("content", open(p, "rb").read())
for kw in [dict(encoding="latin-1", mode="rb"), dict(errors="x", mode="wb"), dict(newline="x"), dict(newline=3),
           dict(buffering=0), dict(closefd=False), dict(encoding=5)]:
    try:
        open(p, **kw)
    except (ValueError, TypeError) as e:
        show(kw, type(e).__name__, e)
with open(p, "w", encoding="utf-8", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(p, "rb").read())
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "wb") as f:
        f.write(b"a\r\nb\rc\nd")
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(p, "w", encoding="utf-8") as f:
    f.write("h\xe9llo\nw\u20acrld\n")
with open(p, encoding="utf-8") as f:
    l = f.readline(); t = f.tell(); r = f.read(); f.seek(t); print(repr(l), t, repr(r), repr(f.read()))
with open(p, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with open(p, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
with open(p, encoding="ascii", errors="surrogateescape") as f:
    print(repr(f.read()))
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
with open(p, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("caf\xe9 \u20ac")
print(open(p, "rb").read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("caf\xe9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
for enc in ["utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin_1"]:
    with open(p, "w", encoding=enc) as f:
        f.write("\u20acx" if enc != "latin_1" else "\xe9x")
        f.write("y")
    b = open(p, "rb").read()
    with open(p, encoding=enc) as f:
        print(enc, b, repr(f.read()), f.encoding)
with open(p, "wb") as f:
    f.write(b"0123456789")
with open(p, "rb") as f:
    ba = bytearray(4)
    print(f.readinto(ba), ba, f.read1(2), f.seek(-2, 2), f.read(), f.seek(1, 0), f.seek(2, 1), f.read(1))
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(2))
fd = os.open(p, os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(type(f.name).__name__, f.read(3))
os.close(fd)
with open(p, "w", opener=lambda path, flags: os.open(path, flags, 0o600)) as f:
    f.write("via opener")
print(open(p).read())
print(isinstance(open(p), io.TextIOBase), isinstance(open(p, "rb"), io.BufferedIOBase), isinstance(open(p, "rb", buffering=0), io.RawIOBase))
print(isinstance(open(p, "rb"), io.TextIOBase), isinstance(open(p), io.BufferedIOBase))
f = open(p); f.close()
try:
    f.read()
except ValueError as e:
    print(e)
print(f.closed)
with open(p, "a") as f:
    f.write("X"); print(f.tell())
with open(p, "a+") as f:
    print(repr(f.read()), f.tell()); f.seek(0); print(repr(f.read(3))); f.write("Y"); f.seek(0); print(repr(f.read()))
try:
    open(p, "r").write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    open(p, "w").read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    with open(p) as f:
        f.seek(1, 1)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    open(os.path.join(tempfile.gettempdir(), "no_such_dir_io18", "x"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    open(tempfile.gettempdir())
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
os.remove(p)
