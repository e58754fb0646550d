# Text layers over in-memory binary streams: csv into a TextIOWrapper over BytesIO, reading back after writing,
# tell/seek round trips, newline translation, and a SpooledTemporaryFile that rolls over to disk.
import csv
import io
import tempfile

raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
w = csv.writer(text)
w.writerow(["name", "city", "note"])
w.writerow(["Zoë", "Köln", 'says "hi"'])
w.writerow(["Bob", "Paris", "multi\nline"])
text.flush()
print(raw.getvalue())
print(text.tell(), len(raw.getvalue()))
text.seek(0)
for row in csv.reader(text):
    print(row)
text.seek(0)
header = text.readline()
mark = text.tell()
rest = text.read()
text.seek(mark)
print(repr(header), mark, text.read() == rest)
print(text.seek(0, 2), text.tell())
text.write("Eve,Rome,\r\n")
text.seek(0)
print(len(text.read().splitlines()))
try:
    text.seek(3, 1)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

t2 = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\n"), encoding="ascii")
print(repr(t2.readline()), t2.tell(), repr(t2.read()))
t2.seek(0)
print(t2.readlines())

with tempfile.SpooledTemporaryFile(max_size=16, mode="w+") as sp:
    sp.write("short")
    print("rolled", sp._rolled, sp.tell())
    sp.write(" and then a much longer text")
    print("rolled", sp._rolled, sp.tell())
    sp.seek(0)
    print(sp.read())
with tempfile.SpooledTemporaryFile(max_size=4) as spb:
    spb.write(b"abc")
    print(spb._rolled)
    spb.write(b"defgh")
    print(spb._rolled, spb.tell())
    spb.seek(2)
    print(spb.read(3))
with tempfile.TemporaryFile("w+") as tf:
    tf.write("alpha\nbeta\n")
    tf.seek(0)
    print(tf.readline(), end="")
    pos = tf.tell()
    print(tf.readline(), end="")
    tf.seek(pos)
    print(tf.read(), end="")
s = io.StringIO("x\ny\n")
s.seek(0, 2)
s.write("z\n")
print(repr(s.getvalue()), s.tell())
