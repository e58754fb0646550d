"""Analyse syslog-style lines from stdin with re (verbose, named groups), Counter, defaultdict, deque."""
import re
import sys
from collections import Counter, defaultdict, deque, OrderedDict
from datetime import datetime

LINE = re.compile(r"""
    ^(?P<month>[A-Z][a-z]{2})\s+(?P<day>\d{1,2})\s
    (?P<time>\d{2}:\d{2}:\d{2})\s
    (?P<host>[\w.-]+)\s
    (?P<proc>[\w/-]+)(?:\[(?P<pid>\d+)\])?:\s
    (?P<msg>.*)$
""", re.VERBOSE)
FAILED = re.compile(r"Failed password for (invalid user )?(?P<user>\S+) from (?P<ip>(?:\d{1,3}\.){3}\d{1,3})")
IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")

per_proc = Counter()
per_host = defaultdict(Counter)
failures = defaultdict(list)
last = deque(maxlen=3)
bad = []
first_seen = OrderedDict()
for n, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    g = m.groupdict()
    per_proc[g["proc"]] += 1
    per_host[g["host"]][g["proc"]] += 1
    last.append((n, g["msg"][:25]))
    ts = datetime.strptime(f"2024 {g['month']} {g['day']} {g['time']}", "%Y %b %d %H:%M:%S")
    for ip in IP.findall(g["msg"]):
        first_seen.setdefault(ip, ts)
    f = FAILED.search(g["msg"])
    if f:
        failures[f["ip"]].append((ts, f.group("user"), bool(f.group(1))))

print("processes:", per_proc.most_common())
for host in sorted(per_host):
    print(f"  {host}: {dict(sorted(per_host[host].items()))}")
print("unparsed lines:", bad)
for ip, items in sorted(failures.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    span = items[-1][0] - items[0][0]
    users = sorted({u for _, u, _ in items})
    flag = " BRUTE-FORCE" if len(items) >= 3 and span.total_seconds() < 120 else ""
    print(f"{ip:>15} {len(items)} tries in {span} users={users} invalid={sum(i for *_, i in items)}{flag}")
print("first seen:", [(ip, t.strftime("%d/%m %H:%M")) for ip, t in first_seen.items()])
print("tail:", list(last))
masked = re.sub(r"(\d+)\.(\d+)\.\d+\.\d+", r"\1.\2.x.x", "from 10.0.0.7 and 192.168.1.20")
print(masked, re.subn(r"\s+", " ", "a  b\t\tc\n d"))
print(re.split(r"[;,]\s*", "a, b;c ,d"), re.split(r"(-)", "1-2-3", maxsplit=1))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), [m.span() for m in re.finditer(r"o", "foo boo")])
print(re.fullmatch(r"\d+", "123") is not None, re.fullmatch(r"\d+", "123a"))
print(re.sub(r"(?P<w>\w+)@(\w+)", lambda m: m["w"].upper() + " at " + m[2], "joe@site ann@corp"))
print(re.escape("1.5*(x+y)"), re.compile(r"(?i)error").search("An ERROR here").group())
pat = re.compile(r"(?P<k>\w+)=(?P<v>[^&]*)")
print(pat.groupindex, pat.groups, pat.pattern, [m.groupdict() for m in pat.finditer("a=1&b=&c=three")])
for bad_pat in ("(unclosed", "a{2,1}", "(?P<1>x)", "*x"):
    try:
        re.compile(bad_pat)
    except re.error as e:
        print(f"{bad_pat!r}: {e} (pos {e.pos})")
print(re.match(r"(a)(b)?", "a").groups(default="-"), re.search(r"^b", "a\nb", re.M).start())
