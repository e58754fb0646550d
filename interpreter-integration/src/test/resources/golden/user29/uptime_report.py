"""Service uptime report from a status log on stdin: time.strptime, struct_time, calendar.timegm, time.strftime."""
import calendar
import sys
import time
from collections import defaultdict

FMT = "%Y-%m-%d %H:%M:%S"
events = []
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    stamp, _, rest = line.partition(" | ")
    service, _, state = rest.partition(" ")
    try:
        st = time.strptime(stamp, FMT)
    except ValueError as e:
        print(f"line {lineno}: {e}", file=sys.stderr)
        continue
    events.append((calendar.timegm(st), service, state.upper(), st))

events.sort()
print("first event:", time.strftime("%A %d %B %Y, %H:%M", events[0][3]), "| yday", events[0][3].tm_yday,
      "| wday", events[0][3].tm_wday, "| fields", len(events[0][3]))
down_since = {}
downtime = defaultdict(int)
outages = defaultdict(list)
end = events[-1][0]
for ts, service, state, st in events:
    if state == "DOWN" and service not in down_since:
        down_since[service] = ts
    elif state == "UP" and service in down_since:
        start = down_since.pop(service)
        downtime[service] += ts - start
        outages[service].append((start, ts))
for service, start in down_since.items():
    downtime[service] += end - start
    outages[service].append((start, None))

window = end - events[0][0]
print(f"window: {window // 3600}h{window % 3600 // 60:02d}m")
for service in sorted({e[1] for e in events}):
    d = downtime.get(service, 0)
    pct = 100 * (1 - d / window)
    print(f"{service:<8} uptime {pct:7.3f}%  down {time.strftime('%H:%M:%S', time.gmtime(d))}")
    for start, stop in outages.get(service, []):
        a = time.strftime("%d/%m %H:%M", time.gmtime(start))
        b = time.strftime("%H:%M", time.gmtime(stop)) if stop else "still down"
        print(f"    {a} -> {b}")

st = time.strptime("09 Mar 2024", "%d %b %Y")
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_isdst, st[:3], type(st).__name__)
print(time.strptime("2024-060", "%Y-%j")[:3], time.strptime("Sat Mar  9 10:00:00 2024")[:6])
print(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm((2024, 2, 29, 23, 59, 59, 0, 0, 0)) + 1)))
t = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(t, t.tm_zone, calendar.timegm(t), time.asctime(t))
print(time.struct_time.n_sequence_fields, time.struct_time.n_fields, time.struct_time.n_unnamed_fields)
for bad in [(2024, 1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("struct_time:", e)
for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("10:61", "%H:%M"), ("2024-01-01 junk", "%Y-%m-%d")]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("strptime:", e)
