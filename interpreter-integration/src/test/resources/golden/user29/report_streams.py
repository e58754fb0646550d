"""Build a CRLF-delimited export and a fixed-width report through io.TextIOWrapper, StringIO and csv."""
import csv
import io
from decimal import Decimal, ROUND_HALF_UP

ROWS = [
    ("2024-01-05", "Coffee beans", Decimal("14.50"), 3),
    ("2024-01-06", "Milk, whole", Decimal("1.19"), 12),
    ("2024-01-09", 'Mug "Large"', Decimal("8.00"), 2),
    ("2024-01-12", "Filter papers\nbox of 100", Decimal("3.35"), 5),
]

raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
text.write("# export v2\n")
w = csv.writer(text, lineterminator="\n")
w.writerow(["date", "item", "price", "qty", "total"])
for day, item, price, qty in ROWS:
    w.writerow([day, item, price, qty, (price * qty).quantize(Decimal("0.01"))])
text.flush()
data = raw.getvalue()
print(len(data), data.count(b"\r\n"), data[:40])
text.detach()

back = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="")
lines = back.read().split("\r\n")
print(len(lines), repr(lines[0]), repr(lines[-1]))
rows = list(csv.reader(io.StringIO("\r\n".join(lines[1:]), newline="")))
print(rows[0], rows[4] if len(rows) > 4 else rows[-1])

univ = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
print([l for l in univ][:2], univ.newlines if hasattr(univ, "newlines") else None)

out = io.StringIO()
out.write(f"{'Date':<11}{'Item':<24}{'Price':>8}{'Qty':>5}{'Total':>10}\n")
out.write("-" * 58 + "\n")
grand = Decimal(0)
for day, item, price, qty in ROWS:
    total = (price * qty).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    grand += total
    first, *more = item.split("\n")
    out.write(f"{day:<11}{first:<24}{price:>8}{qty:>5}{total:>10}\n")
    for extra in more:
        out.write(f"{'':<11}{extra:<24}\n")
out.write(f"{'':<48}{grand:>10}\n")
report = out.getvalue()
print(report, end="")
out.seek(0)
print(repr(out.readline()), out.tell())
out.seek(0, 2)
print(out.tell() == len(report))
for args in ((5, 1), (-3,), (0, 3)):
    try:
        out.seek(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
mac = io.StringIO(newline="\r")
mac.write("one\ntwo\n")
print(repr(mac.getvalue()), mac.readlines(), io.StringIO("a\r\nb", newline=None).getvalue())
w2 = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", newline="\r")
print(w2.write("café\nbar\n"), w2.buffer.getvalue() if not w2.flush() else None)
try:
    w2.write(b"bytes")
except TypeError as e:
    print(e)
