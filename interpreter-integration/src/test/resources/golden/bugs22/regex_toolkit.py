"""String processing with re: named groups, sub with functions, finditer, flags, split, lookarounds."""
import re
from collections import Counter

LOG = """\
2026-11-03 09:14:22 INFO  [auth] user=alice ip=10.0.0.7 login ok
2026-11-03 09:15:01 WARN  [auth] user=bob ip=10.0.0.9 bad password (attempt 2)
2026-11-03 09:15:09 ERROR [db]   query took 1532ms: SELECT * FROM orders WHERE id=42
2026-11-03 09:16:45 info  [api]  GET /v1/items?page=3 200 12ms
2026-11-03 09:17:00 DEBUG [api]  POST /v1/items 201 48ms
garbage line without structure
2026-11-03 09:18:30 ERROR [api]  GET /v1/items/99 500 7ms
"""

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>\w+)\s+\[(?P<comp>\w+)\]\s+(?P<msg>.*)$",
                  re.MULTILINE | re.IGNORECASE)
levels = Counter()
for m in LINE.finditer(LOG):
    d = m.groupdict()
    levels[d["level"].upper()] += 1
    print(f"{m.start('level'):3d} {d['comp']:<4} {d['level'].upper():<5} {m.group('msg')[:30]!r}")
print(sorted(levels.items()), len(LINE.findall(LOG)), LINE.groupindex["msg"], LINE.groups)

req = re.compile(r"(?P<method>GET|POST)\s+(?P<path>/\S*?)(?:\?(?P<query>\S+))?\s+(?P<status>\d{3})\s+(?P<ms>\d+)ms")
for m in req.finditer(LOG):
    print(m.group("method", "path"), m["status"], m.group("query"), m.span("path"), m.lastgroup, m.lastindex)


def redact(m):
    key, val = m.group(1), m.group(2)
    return f"{key}=" + ("*" * len(val) if key == "user" else ".".join(["x"] * val.count(".") + [val.rsplit(".", 1)[1]]))


print(re.sub(r"\b(user|ip)=(\S+)", redact, LOG.splitlines()[1]))
print(re.subn(r"(\d+)ms", lambda m: f"{int(m[1]) / 1000:.3f}s", LOG)[1])
print(re.sub(r"(?<=\d)(?=(\d{3})+\b)", ",", "population 1234567 and 89 and 1000"))
print(re.sub(r"(?P<w>\b\w)(\w*)", lambda m: m["w"].upper() + m[2], "hello big world"), re.sub(r"(\w+) (\w+)", r"\2 \1", "ab cd ef"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;; d"), re.split(r"(\d)", "a1b2c", maxsplit=1), re.split(r"\b", "hi there"))
print(re.findall(r"(\w)(\d)?", "a1bc2"), re.findall(r"[A-Z][a-z]+|\d+", "HelloWorld42Foo"))
camel = re.compile(r"(?<!^)(?=[A-Z])")
print([camel.sub("_", s).lower() for s in ("parseHTTPResponse", "simpleTest", "X", "getURLFor2Items")])
print(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", "a.b+c@ex-ample.co.uk") is not None, re.match(r"a|ab", "ab").group())
print(re.search(r"(?i)straße", "STRASSE straße").span(), re.search(r"colou?r", "The COLOR", re.I).group())
print(re.escape("1+1=2? [yes]"), re.compile(r"\d+", re.A).pattern, bool(re.compile("x", re.I | re.M).flags & re.I))
print(re.sub(r"^", "> ", "one\ntwo\nthree", flags=re.M), re.sub(r"$", ";", "a\nb", flags=re.M))
print(re.findall(r"^\s*#\s*(.*?)\s*$", "# one \ncode\n  #two\n#", re.M), re.findall(r".+", "a\nb", re.S))
m = re.match(r"(?P<a>x)(?P<b>y)?(z)", "xz")
print(m.groups(), m.groups("-"), m.groupdict(), m.expand(r"[\g<a>|\3]"), m.re.pattern, m.string, m.pos, m.endpos)
tpl = re.compile(r"\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}")
ctx = {"name": "World", "n": 3}
print(tpl.sub(lambda m: str(ctx.get(m[1], m[2] or "?")).upper() if m[2] == "up" else str(ctx.get(m[1], "?")),
              "Hello {{ name }}! x{{n}} {{ missing }} {{name|up}}"))
print(re.sub(r"(a)|b", lambda m: "A" if m.group(1) else "-", "abcab"), re.sub("", "-", "abc"))
print(re.findall(r"\d+(?:\.\d+)?", "v1.2 and 30 and .5"), re.search(r"(\w+)\s+\1", "it is is here").group(1))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
words = re.findall(r"[a-z']+", "It's the end of the world as we know it, and I feel fine. The END!".lower())
print(Counter(words).most_common(3), sorted(set(words))[:6])
print(list(re.finditer(r"o", "foo boo"))[-1].span(), re.compile(r"o").search("foo", 2).start(), re.purge())
