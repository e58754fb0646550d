# A todo list persisted to JSON and CSV files next to the script (golden_tmp_*): pathlib, open modes, os.path.
import json
import csv
import os
from pathlib import Path
from datetime import date

base = Path("golden_tmp_todo")
base.mkdir(exist_ok=True)
db = base / "todos.json"

todos = [
    {"id": 1, "title": "Buy milk", "done": False, "due": "2026-12-05", "tags": ["home"]},
    {"id": 2, "title": "Write report", "done": True, "due": "2026-12-01", "tags": ["work", "urgent"]},
    {"id": 3, "title": "Call Anna – re: party", "done": False, "due": None, "tags": []},
]
db.write_text(json.dumps(todos, indent=2, ensure_ascii=False), encoding="utf-8")
print(db.name, db.suffix, db.stem, db.parent, db.exists(), db.is_file(), base.is_dir())
print(db.stat().st_size == len(db.read_bytes()), len(db.read_text(encoding="utf-8").splitlines()))

loaded = json.loads(db.read_text(encoding="utf-8"))
loaded.append({"id": 4, "title": "Fix bike", "done": False, "due": "2026-11-30", "tags": ["home"]})
loaded[0]["done"] = True
with db.open("w", encoding="utf-8") as f:
    json.dump(loaded, f, ensure_ascii=False)
today = date(2026, 12, 3)
with open(db, encoding="utf-8") as f:
    items = json.load(f)
for t in sorted(items, key=lambda t: (t["done"], t["due"] or "9999")):
    due = date.fromisoformat(t["due"]) if t["due"] else None
    late = " LATE" if due and due < today and not t["done"] else ""
    print(f"[{'x' if t['done'] else ' '}] {t['id']} {t['title']:<24} {due or '-'!s:>10}{late}")

csv_path = base / "todos.csv"
with open(csv_path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "title", "tags"])
    for t in items:
        w.writerow([t["id"], t["title"], ";".join(t["tags"])])
with open(csv_path, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
print(rows[0], len(rows), rows[3])
print(repr(open(csv_path, "rb").read()[:30]))

log = base / "log.txt"
with open(log, "a") as f:
    f.write("first\n")
with open(log, "a") as f:
    print("second", "line", sep="-", file=f)
with open(log, "r+") as f:
    first = f.readline()
    f.seek(0, os.SEEK_END)
    pos = f.tell()
    f.write("third\n")
print(repr(first), pos, log.read_text().splitlines())
with open(log) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(log, "rb") as f:
    f.seek(-6, os.SEEK_END)
    print(f.read(), f.tell())

(base / "sub").mkdir(exist_ok=True)
(base / "sub" / "a.txt").write_text("A")
(base / "sub" / "b.md").write_text("B")
print(sorted(p.name for p in base.iterdir()), sorted(p.name for p in base.glob("**/*.txt")))
print(sorted(str(p.relative_to(base)) for p in base.rglob("*")))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q.py"), os.path.dirname("/p/q.py"))
print(Path("a/b/../c.txt").parts, Path("/x/y.txt").with_suffix(".md"), Path("data") / "f.csv", Path("a.b.c").suffixes)
try:
    open(base / "missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, Path(e.filename).name)
for p in sorted(base.rglob("*"), key=lambda p: -len(p.parts)):
    p.unlink() if p.is_file() else p.rmdir()
base.rmdir()
print("cleaned", base.exists())
