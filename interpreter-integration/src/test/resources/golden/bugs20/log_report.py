# Parse an access log with regexes and summarise it: groups, named groups, lookarounds, sub with a function.
import re
from collections import Counter, defaultdict

LOG = """\
10.0.0.1 - - [03/Dec/2026:10:15:32 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
10.0.0.2 - alice [03/Dec/2026:10:15:40 +0000] "POST /api/login HTTP/1.1" 302 0 "-" "curl/8.1"
10.0.0.1 - - [03/Dec/2026:10:16:01 +0000] "GET /static/app.js HTTP/1.1" 200 48213 "/index.html" "Mozilla/5.0"
10.0.0.3 - bob [03/Dec/2026:10:17:12 +0000] "GET /api/items?page=2&size=50 HTTP/1.1" 200 1733 "-" "python-requests/2.31"
10.0.0.2 - alice [03/Dec/2026:10:18:55 +0000] "DELETE /api/items/42 HTTP/1.1" 403 112 "-" "curl/8.1"
bad line here
10.0.0.4 - - [03/Dec/2026:10:19:00 +0000] "GET /missing HTTP/1.1" 404 0 "-" "Googlebot/2.1"
10.0.0.1 - - [03/Dec/2026:11:02:13 +0000] "GET /index.html HTTP/1.1" 304 0 "-" "Mozilla/5.0"
"""

LINE = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+) '
    r'"(?P<ref>[^"]*)" "(?P<agent>[^"]*)"')

records = []
bad = 0
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad += 1
        print(f"line {n}: cannot parse {line!r}")
        continue
    d = m.groupdict()
    d["status"] = int(d["status"])
    d["size"] = int(d["size"])
    records.append(d)

print(f"{len(records)} records, {bad} bad")
by_status = Counter(r["status"] for r in records)
for status, count in sorted(by_status.items()):
    print(f"  {status}: {count:>3} {'#' * count}")

bytes_by_ip = defaultdict(int)
for r in records:
    bytes_by_ip[r["ip"]] += r["size"]
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{ip:<12}{total:>10,d} bytes {total / 1024:8.2f} KiB")

# lookbehind / lookahead: API resource names that are followed by an id or a query string
api = re.compile(r"(?<=/api/)[a-z]+(?=/\d+|\?|$)")
for r in records:
    hit = api.search(r["path"])
    if hit:
        print("api resource:", hit.group(), "span", hit.span())

# negative lookahead: paths not under /static or /api
plain = re.compile(r"^/(?!static|api)[\w.]*$")
print("plain pages:", sorted({r["path"] for r in records if plain.match(r["path"])}))

# sub with a function: anonymise the last octet, keep the rest
def mask(m):
    return f"{m.group(1)}.xxx"

print(re.sub(r"\b(\d+\.\d+\.\d+)\.\d+\b", mask, LOG.splitlines()[0]))
# sub with backrefs and a count
print(re.sub(r"(\w+)=(\w+)", r"\2:=\1", "page=2&size=50&sort=asc", count=2))
# query string parsing with finditer
for m in re.finditer(r"([^?&=]+)=([^&]*)", "/api/items?page=2&size=50"):
    print(m.start(), m.end(), m.groups(), m.group(0))
# split with groups keeps the delimiters
print(re.split(r"(\s*[,;]\s*)", "a, b;c ,d"))
print(re.findall(r"(\d+)/(\w+)/(\d+)", "03/Dec/2026 and 04/Jan/2027"))
ts = re.compile(r"(\d{2})/(\w{3})/(\d{4}):(\d{2}):(\d{2}):(\d{2})")
hours = Counter(ts.search(r["ts"]).group(4) for r in records)
print("per hour:", dict(sorted(hours.items())))
print(re.fullmatch(r"[A-Z]+", "GET") is not None, re.fullmatch(r"[A-Z]+", "GETx"))
print(re.escape("a.b*c?"), re.sub(r"(?i)mozilla", lambda m: m.group().upper(), "mozilla Mozilla"))
print(re.subn(r"\s+", " ", "  too   many    spaces "))
