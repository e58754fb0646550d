# A small inventory tool: CSV in, JSON out, through io.StringIO, with a report.
import csv
import io
import json
from decimal import Decimal, ROUND_HALF_UP

DATA = '''sku,name,qty,unit_price,tags
A-100,"Widget, large",12,3.50,"metal;blue"
A-101,Widget small,40,1.25,metal
B-200,"Gadget ""Pro""",3,19.99,
B-201,Gizmo,0,7.10,"plastic;red;sale"
C-300,Doohickey,7,0.99,sale
'''

reader = csv.DictReader(io.StringIO(DATA))
print("fields:", reader.fieldnames)
items = []
for row in reader:
    row["qty"] = int(row["qty"])
    row["unit_price"] = Decimal(row["unit_price"])
    row["tags"] = [t for t in row["tags"].split(";") if t]
    items.append(row)

total = Decimal(0)
print(f"{'SKU':<6} {'Name':<16} {'Qty':>4} {'Price':>7} {'Value':>9}")
for it in items:
    value = it["qty"] * it["unit_price"]
    total += value
    print(f"{it['sku']:<6} {it['name'][:16]:<16} {it['qty']:>4d} {it['unit_price']:>7} {value:>9.2f}")
print(f"{'':<6} {'TOTAL':<16} {'':>4} {'':>7} {total:>9.2f}")
vat = (total * Decimal("0.19")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("VAT 19%:", vat, "gross:", total + vat)

out_of_stock = [it["sku"] for it in items if it["qty"] == 0]
print("out of stock:", out_of_stock)

# write back with a different dialect
buf = io.StringIO()
w = csv.writer(buf, delimiter="|", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["sku", "name", "value"])
for it in items:
    w.writerow([it["sku"], it["name"], str(it["qty"] * it["unit_price"])])
print(buf.getvalue(), end="")

buf2 = io.StringIO()
dw = csv.DictWriter(buf2, fieldnames=["sku", "qty"], extrasaction="ignore", quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
dw.writerows({"sku": it["sku"], "qty": it["qty"], "junk": 1} for it in items)
print(buf2.getvalue().replace("\r\n", "\\r\\n\n"), end="")

def encode(o):
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(f"cannot encode {type(o).__name__}")

doc = json.dumps({"items": items, "total": total}, default=encode, indent=2, sort_keys=True)
print(doc[:200])
back = json.loads(doc, parse_float=Decimal)
print(type(back["total"]).__name__, back["total"], len(back["items"]))
print(json.dumps(back["items"][2], separators=(",", ":"), ensure_ascii=False))
print(json.dumps({"k": "é\u2603", "n": None, "t": True, "f": 1.5e-7}))
print(json.dumps({"k": "é\u2603"}, ensure_ascii=False))
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
s = io.StringIO()
json.dump([1, [2, [3, {"deep": [4]}]]], s, indent="\t")
print(s.getvalue())
print(json.loads("[1, 2.0, 1e3, -0, \"\\u00e9\"]"))
sniffed = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print("sniffed delimiter:", repr(sniffed.delimiter))
for row in csv.reader(["x,'y,z'", 'p,"q,r"'], quotechar="'"):
    print(row)
