"""Monthly expense report: csv (dialects, DictReader/DictWriter, quoting), json (custom encoder/decoder hooks,
indent, separators), Decimal money, itertools.groupby, statistics, collections."""
import csv
import io
import json
import itertools
import statistics
from collections import Counter, defaultdict, OrderedDict, namedtuple
from decimal import Decimal, ROUND_HALF_UP
from datetime import date
from enum import Enum

RAW = '''date;category;amount;note
2026-11-02;food;12,50;"lunch; with team"
2026-11-02;transport;2,80;
2026-11-05;food;7,25;"said ""hi"""
2026-11-09;rent;950,00;november
2026-11-12;food;31,10;groceries
2026-11-15;fun;18,00;"cinema
(late show)"
2026-11-20;transport;45,00;monthly pass
2026-11-28;food;9,99;
bad-date;food;1,00;skipped
2026-11-30;fun;abc;skipped too
'''


class Kind(Enum):
    NEED = "need"
    WANT = "want"


KIND = {"food": Kind.NEED, "rent": Kind.NEED, "transport": Kind.NEED, "fun": Kind.WANT}
Row = namedtuple("Row", "day category amount note")


class ReportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, (set, frozenset)):
            return sorted(o, key=str)
        return super().default(o)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = False


rows, problems = [], []
for lineno, rec in enumerate(csv.DictReader(io.StringIO(RAW), dialect=Semi), start=2):
    try:
        rows.append(Row(date.fromisoformat(rec["date"]), rec["category"],
                        Decimal(rec["amount"].replace(",", ".")), rec["note"] or None))
    except (ValueError, ArithmeticError) as e:
        problems.append((lineno, type(e).__name__))
print(len(rows), problems, [r.note for r in rows if r.note and ("\n" in r.note or '"' in r.note)])

by_cat = defaultdict(list)
for r in rows:
    by_cat[r.category].append(r.amount)
totals = {c: sum(v, Decimal(0)) for c, v in sorted(by_cat.items())}
grand = sum(totals.values())
print(totals, grand)
for c, t in sorted(totals.items(), key=lambda kv: -kv[1]):
    pct = (t / grand * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
    print(f"{c:<10}{t:>10.2f}{pct:>7}% {'#' * int(pct // 5)}")
weekly = [(k, sum(r.amount for r in g)) for k, g in itertools.groupby(rows, key=lambda r: r.day.isocalendar()[1])]
print("weekly", weekly)
amounts = [float(r.amount) for r in rows]
print(round(statistics.mean(amounts), 4), statistics.median(amounts), Counter(KIND[r.category] for r in rows).most_common())

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["category", "total", "kind", "share"], quoting=csv.QUOTE_NONNUMERIC,
                   lineterminator="\r\n", extrasaction="ignore")
w.writeheader()
for c, t in totals.items():
    w.writerow({"category": c, "total": float(t), "kind": KIND[c].value, "share": round(float(t / grand), 4), "x": 1})
print(repr(out.getvalue()))
out2 = io.StringIO()
csv.writer(out2, delimiter="|", quoting=csv.QUOTE_ALL).writerows([["a|b", 1, None], ['q"uote', 2.5, ""]])
print(repr(out2.getvalue()), list(csv.reader(['a,"b,c",d', ' x, "y"'], skipinitialspace=True)))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.Sniffer().has_header("name,age\nann,3\nbo,4\n"))
try:
    list(csv.reader(['"unterminated'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)

report = OrderedDict(month="2026-11", generated=date(2026, 12, 1), totals=totals, kinds={KIND[c] for c in totals},
                     top=max(rows, key=lambda r: r.amount)._asdict(), empty=[], flags=(True, None, 1.5e-7))
text = json.dumps(report, cls=ReportEncoder, indent=2, ensure_ascii=False)
print(text)
back = json.loads(text, parse_float=Decimal, object_pairs_hook=OrderedDict)
print(type(back).__name__, back["flags"], type(back["flags"][2]).__name__, list(back["totals"].items())[:2])
print(json.dumps({"b": 1, "a": [1, 2, {"c": "é\u2028"}]}, separators=(",", ":"), sort_keys=True), json.dumps("é"))
print(json.dumps([float("nan"), float("inf"), 10**20, -0.0, 1e16]), json.loads('{"a": NaN, "b": -Infinity}'))
for bad in ('{"a": 1,}', "[1, 2", '{"a" 1}', '"\\x"', "", "01"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"JSONDecodeError: {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({1: "int key", True: "bool", None: "none", 2.5: "f"}), json.loads("[1, 2.0, true, null]", parse_int=str))
dec = json.JSONDecoder()
print(dec.raw_decode('{"x": 1} trailing'), json.dumps("\t\"\\/\x01"), json.dumps([], indent=4), json.dumps({}, indent=0))
