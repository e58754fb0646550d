"""Imports a legacy latin-1 export: detects the encoding error, retries, validates columns with zip(strict=True)."""
import os

ROWS = ["name;city;amount", "José;Málaga;12,50", "Zoë;Köln;7,25", "Søren;Århus;3", "Ana;Porto;1,5;extra"]
path = "golden_tmp_legacy.csv"
with open(path, "w", encoding="latin-1", newline="\n") as f:
    f.write("\n".join(ROWS))


def load(encoding):
    with open(path, encoding=encoding) as f:
        return [line.rstrip("\n").split(";") for line in f]


try:
    rows = load("utf-8")
except UnicodeDecodeError as e:
    print(f"not UTF-8: {e.reason} at byte {e.start} ({e.object[e.start:e.end]!r}), encoding {e.encoding}")
    rows = load("latin-1")
header, *records = rows
print(header, len(records))
for rec in records:
    try:
        row = dict(zip(header, rec, strict=True))
        row["amount"] = float(row["amount"].replace(",", "."))
        print(f"  {row['name']:<6} {row['city']:<7} {row['amount']:6.2f}")
    except ValueError as e:
        print(f"  bad record {rec}: {e}")
for cols in (([1, 2], [3, 4], [5]), ([1], [2], [3, 4]), ([1, 2], [3], [4, 5])):
    try:
        print(list(zip(*cols, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
for i, rec in enumerate(reversed(records), start=1):
    print(i, rec[0].encode("utf-8"), rec[0].encode("ascii", "replace"))
for bad in (lambda: enumerate(records, start="1"), lambda: reversed(42), lambda: int.from_bytes("12", "big"),
            lambda: "x".encode(None), lambda: "x".encode("utf-8", 5), lambda: reversed(object())):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(int.from_bytes([1, 0], "big"), list(reversed(range(3))), list(reversed("abc")))


class Price:
    def __init__(self, cents):
        self._cents = cents

    cents = property(lambda self: self._cents)

    @property
    def euros(self):
        return self._cents / 100


p = Price(1250)
for stmt in ("p.cents = 1", "p.euros = 2", "del p.euros"):
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError:", e)
os.remove(path)
