# io objects built by user code: FileIO, BufferedReader/Writer/Random over a FileIO, TextIOWrapper over a buffered
# stream or a BytesIO, their raw/buffer attributes, detach, readinto and peek.
import io
import os

path = "golden_tmp_std19_io.bin"

raw = io.FileIO(path, "w")
print(type(raw).__name__, raw.mode, raw.closefd, raw.writable(), raw.readable())
print(raw.write(b"hello\nworld\n"), raw.tell())
raw.close()
print("closed:", raw.closed)

with io.FileIO(path) as raw:
    print(raw.mode, raw.read(5), raw.read(), raw.read())
    raw.seek(0)
    buf = bytearray(4)
    print(raw.readinto(buf), bytes(buf))
    print(raw.readall())

for bad in ("rw", "r++", "z", "", "rt"):
    try:
        io.FileIO(path, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for bad in (-1, 1.5):
    try:
        io.FileIO(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__ + ":", e)

fd = os.open(path, os.O_RDONLY)
raw = io.FileIO(fd, closefd=True)
print("from fd:", raw.read(3), raw.closefd)
raw.close()

b = io.BufferedReader(io.FileIO(path))
print(type(b).__name__, type(b.raw).__name__, b.raw.name == path)
print(b.peek(1)[:1], b.read(2), b.read1(3))
buf = bytearray(3)
print(b.readinto(buf), bytes(buf), b.readline(), b.tell())
raw = b.detach()
print("detached:", type(raw).__name__, raw.closed)
try:
    b.read()
except ValueError as e:
    print("read after detach: ValueError")
raw.close()

w = io.BufferedWriter(io.FileIO(path, "w"))
print(type(w).__name__, w.write(b"abc"), w.write(b"def\n"))
w.flush()
w.close()
with open(path, "rb") as f:
    print(f.read())

r = io.BufferedRandom(io.FileIO(path, "r+"))
print(type(r).__name__, r.read(2))
print(r.write(b"XY"), r.tell())
r.seek(0)
print(r.read())
r.close()

t = io.TextIOWrapper(io.BufferedReader(io.FileIO(path)), encoding="ascii")
print(type(t).__name__, type(t.buffer).__name__, t.encoding, repr(t.read()))
t.close()

bio = io.BytesIO()
t = io.TextIOWrapper(bio, encoding="utf-8")
t.write("caf\u00e9\n")
t.flush()
print(bio.getvalue(), t.buffer is bio)
inner = t.detach()
print("detach gives the BytesIO:", inner is bio)

t = io.TextIOWrapper(io.BytesIO("ligne 1\nligne 2\n".encode("latin-1")), encoding="latin-1")
print(t.readline(), end="")
print(list(t))

print(isinstance(io.FileIO(path), io.RawIOBase), issubclass(io.BufferedRandom, io.BufferedIOBase))
os.remove(path)
