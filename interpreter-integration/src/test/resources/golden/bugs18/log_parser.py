"""Parsing a web server log: re with named groups, finditer, sub with a function, split, str methods,
datetime parsing and arithmetic, json round trips, sorting with keys, and textwrap/summary output."""
import re
import json
from datetime import datetime, timedelta
from collections import Counter, defaultdict
import textwrap

LOG = """\
10.0.0.1 - - [04/Dec/2026:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 512 "-" "curl/8.0"
10.0.0.2 - - [04/Dec/2026:10:00:03 +0000] "POST /api/items?id=7 HTTP/1.1" 201 64 "-" "python-requests"
10.0.0.1 - - [04/Dec/2026:10:01:15 +0000] "GET /missing HTTP/1.1" 404 0 "-" "curl/8.0"
10.0.0.3 - - [04/Dec/2026:10:02:00 +0000] "GET /index.html HTTP/1.1" 200 512 "http://x/" "Mozilla/5.0"
bad line here
10.0.0.2 - - [04/Dec/2026:10:05:30 +0000] "DELETE /api/items/7 HTTP/1.1" 500 128 "-" "python-requests"
"""

PAT = re.compile(r'(?P<ip>\d+(?:\.\d+){3}) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) '
                 r'HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+) "(?P<ref>[^"]*)" "(?P<agent>[^"]*)"')
entries, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = PAT.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    d['ts'] = datetime.strptime(d['ts'], '%d/%b/%Y:%H:%M:%S %z')
    d['status'] = int(d['status'])
    d['size'] = int(d['size'])
    entries.append(d)
print('parsed', len(entries), 'bad lines', bad)
by_status = Counter(e['status'] // 100 * 100 for e in entries)
print(sorted(by_status.items()))
per_ip = defaultdict(list)
for e in entries:
    per_ip[e['ip']].append(e['path'].split('?')[0])
print(json.dumps(per_ip, sort_keys=True))
span = entries[-1]['ts'] - entries[0]['ts']
print(span, span.total_seconds(), span > timedelta(minutes=5), entries[0]['ts'].isoformat())
print((entries[0]['ts'] + timedelta(days=30)).strftime('%A %d %B %Y %H:%M'))
errors = sorted((e for e in entries if e['status'] >= 400), key=lambda e: (-e['status'], e['path']))
print([(e['status'], e['method'], e['path']) for e in errors])
masked = re.sub(r'(\d+)\.(\d+)\.(\d+)\.(\d+)', lambda m: '%s.x.x.%s' % (m[1], m[4]), LOG.splitlines()[0])
print(masked)
print(re.findall(r'"(GET|POST) (/\w+)', LOG))
print([m.span() for m in re.finditer(r'\b\d{3}\b(?= \d+ ")', LOG)][:3])
print(re.split(r'[/?=]', '/api/items?id=7'), re.fullmatch(r'[a-z]+', 'abc1') is None)
query = dict(p.split('=') for p in 'a=1&b=two&c='.split('&'))
print(query, json.loads(json.dumps({'k': [1, 2.5, None, True, 'é']})), json.dumps('é', ensure_ascii=False))
agents = Counter(e['agent'].split('/')[0] for e in entries)
summary = 'Agents seen: ' + ', '.join('%s (%d)' % kv for kv in sorted(agents.items()))
print(textwrap.fill(summary, width=30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.dedent('''
    indented
      more
    ''').strip().splitlines(), textwrap.shorten('The quick brown fox jumps', width=15))
print(re.sub(r'(?i)GET', 'get', 'GET get Get'), re.escape('a.b*c'), bool(re.search(r'^bad', LOG, re.M)))
