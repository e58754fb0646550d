"""Web server access log analyser with re, collections and datetime."""
import re
import sys
from collections import Counter, defaultdict, namedtuple
from datetime import datetime, timedelta

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
)
Hit = namedtuple("Hit", "ip user when method path status size")

hits, bad = [], []
for n, raw in enumerate(sys.stdin, 1):
    m = LINE.match(raw)
    if not m:
        bad.append((n, raw.rstrip("\n")))
        continue
    d = m.groupdict()
    when = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
    size = 0 if d["size"] == "-" else int(d["size"])
    hits.append(Hit(d["ip"], d["user"], when, d["method"], d["path"], int(d["status"]), size))

print(f"parsed {len(hits)} lines, {len(bad)} malformed")
for n, raw in bad:
    print(f"  line {n}: {raw!r}")

status = Counter(h.status for h in hits)
print("status:", dict(sorted(status.items())))
classes = Counter(f"{h.status // 100}xx" for h in hits)
print("classes:", classes.most_common())

per_ip = defaultdict(lambda: [0, 0])
for h in hits:
    per_ip[h.ip][0] += 1
    per_ip[h.ip][1] += h.size
print("%-15s %5s %8s" % ("ip", "hits", "bytes"))
for ip, (count, size) in sorted(per_ip.items(), key=lambda kv: (-kv[1][0], kv[0])):
    print("%-15s %5d %8s" % (ip, count, f"{size:,}"))

paths = Counter(re.sub(r"/\d+", "/<id>", h.path.split("?")[0]) for h in hits)
print("top paths:")
for path, count in paths.most_common(4):
    print(f"  {count:>3}  {path}")

first, last = min(h.when for h in hits), max(h.when for h in hits)
print("span:", first.isoformat(), "->", last.isoformat(), "=", last - first)
buckets = Counter(h.when.replace(minute=h.when.minute // 15 * 15, second=0) for h in hits)
for start in sorted(buckets):
    end = start + timedelta(minutes=15)
    print(f"  {start:%H:%M}-{end:%H:%M} {'=' * buckets[start]}")
errors = [h for h in hits if h.status >= 400]
for h in errors:
    print(f"{h.when:%Y-%m-%d %H:%M:%S%z} {h.method:<6}{h.path!r:<28}{h.status}")
utc = [h.when.astimezone(tz=None if False else h.when.tzinfo).utcoffset() for h in hits[:2]]
print(utc, hits[0].when.tzname(), hits[0].when.strftime("%A %j %U %p %I"))
users = sorted({h.user for h in hits if h.user != "-"})
print("users:", users)
query = [dict(p.split("=") for p in h.path.split("?")[1].split("&")) for h in hits if "?" in h.path]
print(query)
