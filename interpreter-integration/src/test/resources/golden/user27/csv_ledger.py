"""A CSV ledger importer: dialects, sniffing, quoting, DictReader/DictWriter."""
import csv
import io


class Semicolon(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("semi", Semicolon)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")

raw = 'date; payee; amount; memo\n2024-01-02; "Acme; Inc"; -12.50; "said ""hi"""\n2024-01-03; Bob; 100; \n'
rows = list(csv.reader(io.StringIO(raw), dialect="semi"))
for r in rows:
    print(r)
reader = csv.DictReader(io.StringIO(raw), dialect="semi")
print(reader.fieldnames)
total = 0.0
for rec in reader:
    total += float(rec["amount"])
    print(dict(rec), reader.line_num)
print(f"total {total:.2f}")

out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'with "quote"', "line\nbreak", "", None, 3.0, 10 ** 20])
w.writerows([[1, 2], ["a b", " lead"]])
print(repr(out.getvalue()))
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    buf = io.StringIO()
    try:
        csv.writer(buf, quoting=q, escapechar="\\" if q == csv.QUOTE_NONE else None).writerow(["a", 1, 2.5, "b,c", None])
    except csv.Error as e:
        print("csv.Error:", e)
    print(q, repr(buf.getvalue()))
buf = io.StringIO()
try:
    csv.writer(buf, quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
buf = io.StringIO()
w = csv.writer(buf, dialect="pipes")
w.writerow(["x|y", "back\\slash", "q\"q"])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), dialect="pipes")))

buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["id", "name", "score"], restval="n/a", extrasaction="ignore")
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann", "score": 9.5, "extra": "x"})
dw.writerow({"id": 2, "name": "Bo"})
print(buf.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)

sample = "name,age,city\nAnn,31,Oslo\nBob,25,Rome\n"
sn = csv.Sniffer()
d = sn.sniff(sample)
print(d.delimiter, repr(d.quotechar), d.doublequote, d.skipinitialspace, sn.has_header(sample))
d2 = sn.sniff("a;b;c\n1;2;3\n4;5;6\n", delimiters=";,")
print(d2.delimiter)
rd = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="more", restval="-")
print([dict(r) for r in rd])
print(sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter, csv.QUOTE_NONNUMERIC)
print(list(csv.reader(['a,"b\nc",d', "x"])), list(csv.reader(["1,2.5,x"], quoting=csv.QUOTE_NONNUMERIC)) if False else "")
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(csv.field_size_limit(), list(csv.reader(["a\tb"], delimiter="\t")), list(csv.reader(["  a, b"], skipinitialspace=True)))
