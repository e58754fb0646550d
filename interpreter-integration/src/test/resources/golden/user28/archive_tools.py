"""Builds zip, gzip and tar archives in memory and reads back a CSV report from them."""
import csv
import gzip
import io
import tarfile
import zipfile

rows = [{"id": 1, "name": "Widget", "price": "2.50", "tags": "a;b"},
        {"id": 2, "name": 'Gadget "Pro"', "price": "10.00", "tags": ""},
        {"id": 3, "name": "Thing, big", "price": "0.99", "tags": "c"}]
text = io.StringIO()
w = csv.DictWriter(text, fieldnames=["id", "name", "price", "tags"], quoting=csv.QUOTE_MINIMAL)
w.writeheader()
w.writerows(rows)
csv_text = text.getvalue()
print(csv_text, end="")
print(repr(csv_text.splitlines()[2]))

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("data/products.csv", csv_text)
    zf.writestr("README.txt", "Product export\n" * 3)
    info = zipfile.ZipInfo("data/empty.bin", date_time=(2026, 12, 5, 12, 0, 0))
    zf.writestr(info, b"")
print(len(buf.getvalue()) > 100)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
    print(zf.namelist(), zf.testzip())
    for i in zf.infolist():
        print(f"  {i.filename:<20} {i.file_size:>4} {i.compress_type} {i.is_dir()}")
    with zf.open("data/products.csv") as f:
        reader = csv.DictReader(io.TextIOWrapper(f, encoding="utf-8", newline=""))
        for row in reader:
            print(f"  {row['id']:>2} {row['name']:<14} {float(row['price']):>6.2f} {row['tags'].split(';') if row['tags'] else []}")
    print(zf.read("README.txt").decode().count("\n"), zf.getinfo("data/empty.bin").date_time)
    try:
        zf.read("nope")
    except KeyError as e:
        print("KeyError:", e)
print(zipfile.is_zipfile(io.BytesIO(buf.getvalue())), zipfile.is_zipfile(io.BytesIO(b"not a zip")))

gz = gzip.compress(csv_text.encode(), mtime=0)
print(gz[:4], gzip.decompress(gz).decode() == csv_text)
with gzip.GzipFile(fileobj=io.BytesIO(gz)) as g:
    print(g.readline(), g.read(5))
try:
    gzip.decompress(b"plain")
except OSError as e:
    print(type(e).__name__, e)

tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode="w:gz") as tar:
    for name, data in (("export/a.txt", b"alpha\n"), ("export/b.txt", b"beta beta\n")):
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 1700000000
        tar.addfile(ti, io.BytesIO(data))
tbuf.seek(0)
with tarfile.open(fileobj=tbuf, mode="r:gz") as tar:
    for m in tar.getmembers():
        print(f"  {m.name} {m.size} {m.isfile()} {m.mtime}")
    print(tar.extractfile("export/b.txt").read())

data = io.StringIO('a,b\n1,"x\ny"\n2,\n')
print(list(csv.reader(data)))
out = io.StringIO()
csv.writer(out, delimiter="|", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows([["a", 1, 2.5], [None, "q|r", True]])
print(out.getvalue(), end="")
dialect = csv.Sniffer().sniff("x;y;z\n1;2;3\n")
print(dialect.delimiter, csv.Sniffer().has_header("name,age\nann,3\nbob,4\n"))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
