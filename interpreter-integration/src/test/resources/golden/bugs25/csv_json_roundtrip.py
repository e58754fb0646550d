import csv, io, json
from decimal import Decimal
from datetime import date

rows = [
    {"id": 1, "name": "Ann, Jr.", "joined": date(2020, 5, 1), "balance": Decimal("10.50"), "note": 'says "hi"'},
    {"id": 2, "name": "Bob", "joined": date(2021, 1, 31), "balance": Decimal("-3.25"), "note": "multi\nline"},
    {"id": 3, "name": "Ćelik", "joined": date(1999, 12, 31), "balance": Decimal("0"), "note": ""},
]
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=list(rows[0]), quoting=csv.QUOTE_MINIMAL)
w.writeheader()
w.writerows(rows)
text = buf.getvalue()
print(repr(text))
rd = list(csv.DictReader(io.StringIO(text)))
print(rd[0])
print([r["note"] for r in rd])
parsed = [dict(r, id=int(r["id"]), joined=date.fromisoformat(r["joined"]), balance=Decimal(r["balance"])) for r in rd]
print(parsed == rows)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__dec__": str(o)}
        return super().default(o)
def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__dec__" in d:
        return Decimal(d["__dec__"])
    return d
s = json.dumps(rows, cls=Enc, indent=2, ensure_ascii=False)
print(s)
print(json.loads(s, object_hook=hook) == rows)
print(json.dumps({"b": 1, "a": [1.5, None, True]}, sort_keys=True, separators=(",", ":")))
print(json.dumps("ünï\u2603", ensure_ascii=True), json.dumps(float("1e100")), json.dumps(1/3))
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print(e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
out = io.StringIO()
cw = csv.writer(out, delimiter=";", quotechar="'", lineterminator="\n")
cw.writerow(["a;b", "c'd", 3, None, 2.5])
print(repr(out.getvalue()))
print(list(csv.reader(["x;'a;b';'c''d'"], delimiter=";", quotechar="'")))
print(json.loads("[1, 2.0, -3e2, \"\\u00e9\"]", parse_float=Decimal))
print(json.dumps([Decimal("1.1")], default=str))
