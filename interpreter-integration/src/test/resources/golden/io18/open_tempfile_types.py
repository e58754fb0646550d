import os, tempfile, io, _io
p = "golden_tmp_io18_temp_%d.txt" % os.getpid()
with open(p, "w", encoding="latin-1") as f:
    f.write("caf\xe9\n")
print(open(p, "rb").read())
with open(p, "w", newline="") as f:
    f.write("a\r\nb\n")
print(open(p, "rb").read(), repr(open(p, newline="").read()), repr(open(p).read()))
with open(p, "w") as f:
    print(f.write("x\ny"), f.tell() if hasattr(f, "tell") else None)
print(repr(open(p).readline()), open(p).readlines())
with open(p, "a+") as f:
    f.seek(0); print(repr(f.read()))
with open(p, "r+b") as f:
    f.seek(1); f.write(b"Z"); f.seek(0); print(f.read())
t = tempfile.TemporaryFile("w+")
t.write("hello"); t.seek(0); print(t.read()); t.close()
with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=True) as nt:
    nt.write("named"); nt.flush(); print(open(nt.name).read(), nt.name.endswith(".txt"))
print(type(open(p)).__name__, type(open(p, "rb")).__name__, open(p).encoding, io.open is open, _io.open is open)
try:
    open(p, encoding="nope")
except LookupError as e:
    print("LookupError", e)
with open(p, "w", encoding="utf-16") as f:
    f.write("hi")
print(open(p, "rb").read())
os.remove(p)
