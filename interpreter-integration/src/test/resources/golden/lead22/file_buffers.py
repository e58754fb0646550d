"""open(...).buffer: the binary layer under a text file, used the way programs use it (one layer at a time, or
flushing the text layer before the binary one)."""
import os

p = "golden_tmp_file_buffers.txt"
with open(p, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo\n")
    f.flush()
    f.buffer.write(b"raw bytes\n")
    f.buffer.flush()
    f.write("more text\n")
    print(f.buffer.mode, f.buffer.fileno() == f.fileno(), f.buffer.writable(), f.buffer.readable())
    print(type(f.buffer).__name__, f.buffer.name == p)
print(f.closed, f.buffer.closed)
with open(p, "rb") as g:
    print(g.read())

with open(p, encoding="utf-8") as f:
    data = f.buffer.read()
    print(data, len(data), data.decode("utf-8").splitlines())
    f.buffer.seek(0)
    print(f.buffer.read(3), f.buffer.tell())

with open(p, "a", encoding="utf-8") as f:
    f.buffer.write(b"appended\n")
    f.buffer.flush()
    print("x", file=f)

with open(p, "r+", encoding="utf-8") as f:
    print(type(f.buffer).__name__)
    f.buffer.seek(0, 2)
    f.buffer.write(b"end\n")
    f.buffer.flush()
    f.seek(0)
    print(f.read().splitlines())

f = open(p, encoding="utf-8")
b = f.buffer
b.close()
print(f.closed, b.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

# a wrapper of one's own over a binary file, and a text file's buffer handed to a reader
import io
with open(p, "rb") as raw:
    t = io.TextIOWrapper(raw, encoding="utf-8")
    print(t.readline().rstrip())
with open(p, encoding="utf-8") as f:
    print(sum(1 for _ in f.buffer), "lines of bytes")
os.remove(p)
