"""A log scanner with named groups, lookarounds, re.sub with a function, finditer, flags and verbose mode."""
import re

LOG = """\
2024-03-01 12:00:01 INFO  [auth] user=alice ip=10.0.0.1 login ok
2024-03-01 12:00:05 WARN  [auth] user=bob ip=10.0.0.22 bad password (attempt 3)
2024-03-01 12:01:00 ERROR [db] query took 1532ms: SELECT * FROM t
2024-03-01 12:02:10 info  [web] GET /index.html 200 512B
2024-03-01 12:02:11 INFO  [web] POST /api/v1/items 201 1.5KB
bad line here
2024-03-01 12:03:00 DEBUG [db] pool size=5
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>[\d:]{8})\s+
    (?P<level>[A-Z]+)\s+         # level, case-insensitive below
    \[(?P<comp>\w+)\]\s+
    (?P<msg>.*)$
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)

for m in LINE.finditer(LOG):
    print(m.group("level").upper().ljust(5), m["comp"], m.span("msg"), m.groupdict()["time"])
print(len(LINE.findall(LOG)), LINE.groupindex["comp"], LINE.groups)
print(LINE.pattern.count("\n"), bool(LINE.flags & re.X))

kv = re.compile(r"(?<=\s)(\w+)=(\S+)")
print(kv.findall(LOG))
print(re.findall(r"(?<!\d)\d{3}(?!\d)", "12 123 1234 999x 5"))
print(re.findall(r"(?<=user=)\w+(?= ip)", LOG))


def to_bytes(m):
    num, unit = float(m.group(1)), m.group(2)
    return str(int(num * {"B": 1, "KB": 1024, "MB": 1024 ** 2}[unit])) + "b"


print(re.sub(r"(\d+(?:\.\d+)?)(KB|MB|B)\b", to_bytes, "sizes: 512B 1.5KB 2MB 7XB"))
print(re.sub(r"(?P<ms>\d+)ms", r"\g<ms> milliseconds (\g<0>)", "took 1532ms and 7ms"))
print(re.subn(r"\s+", " ", "  many   spaces\there \n"), re.sub("a|", "-", "abc"))
print(re.split(r"(,)\s*|;", "a, b;c,d"), re.split(r"\b", "hi there", maxsplit=2))
print(re.fullmatch(r"[\w.+-]+@\w+\.\w{2,}", "a.b+c@ex.org") is not None, re.fullmatch(r"a+", "aab"))
m = re.search(r"(\d+)-(\d+)?-(\d+)", "x 10--30 y")
print(m.groups(), m.groups("?"), m.group(0, 1, 3), m.start(2), m.lastindex, m.re.pattern, m.string[m.end():])
print(repr(m)[:40], re.escape("a.b*c?[d] e"))
print(re.findall(r"(?i)straße", "STRASSE straße Straße"), re.findall(r"[^\W\d_]+", "ab_12 çé x9"))
print(re.match(r"(?P<a>x)(?P=a)(?(a)y|z)", "xxy").group(), re.findall(r"(\w)\1", "aabbcd ee"))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r".", "a\nb", re.S), re.findall(r"\d", "٣4", re.A))
p = re.compile(r"(?P<word>\b\w+\b)")
print([m.expand(r"<\g<word>>") for m in p.finditer("to be or")], p.sub(lambda m: m[0][::-1], "abc def"))
print(p.scanner("x y").search().group(), list(re.finditer("", "ab"))[-1].span())
for bad in ["(unclosed", "a{2,1}", "(?P<1x>a)", "*a", r"\k"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e, "| pos", e.pos)
print(re.sub(r"(?m)^", "> ", "one\ntwo"), re.findall(r"\bcat\b", "cat concat cat."))
tokens = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<op>[-+*/()])|(?P<err>\S))")
print([(m.lastgroup, m.group(m.lastgroup)) for m in tokens.finditer("3 + 4.5*(2 - x)")])
print(re.purge(), re.compile("a", re.I | re.U), repr(re.compile(r"\d+", re.M | re.X)))
