"""A release-notes tool: difflib, graphlib, statistics, random(seeded), hashlib, base64, zlib, bisect, urllib.parse."""
import base64
import bisect
import difflib
import graphlib
import hashlib
import hmac
import json
import random
import statistics
import zlib
import uuid
import shlex
import fnmatch
import html
import ipaddress
from urllib.parse import urlparse, parse_qs, urlencode, quote, unquote, urljoin, urlunparse

old = """alpha: 1
beta: 2
gamma: 3
delta: 4
""".splitlines(keepends=True)
new = """alpha: 1
beta: 20
gamma: 3
epsilon: 5
delta: 4
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, "v1.cfg", "v2.cfg", n=1)), end="")
print(list(difflib.ndiff(["one\n", "two\n"], ["one\n", "tow\n"])))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.get_opcodes()[:3], sm.find_longest_match(0, 10, 0, 10))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"], n=2))

deps = {"app": {"lib", "cfg"}, "lib": {"core"}, "cfg": {"core"}, "core": set(), "test": {"app"}}
ts = graphlib.TopologicalSorter(deps)
ts.prepare()
waves = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    waves.append(ready)
    ts.done(*ready)
print(waves)
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("cycle:", e.args[0], sorted(e.args[1]))

rng = random.Random(20261204)
xs = [rng.randint(1, 100) for _ in range(12)]
print(xs, rng.random(), rng.choice("abcdef"), rng.sample(range(50), 5), rng.uniform(1, 2))
deck = list(range(10))
rng.shuffle(deck)
print(deck, rng.choices("xyz", weights=[1, 5, 2], k=6), round(rng.gauss(0, 1), 12), rng.getrandbits(70), rng.randrange(0, 100, 7))
print(round(rng.expovariate(2), 12), round(rng.triangular(0, 10, 3), 12), rng.randbytes(6).hex(), round(rng.betavariate(2, 3), 12))
st = rng.getstate()
a = rng.random()
rng.setstate(st)
print(a == rng.random(), random.Random("seed-string").random(), random.Random(b"by").randint(0, 10**9))
print(statistics.mean(xs), statistics.median(xs), statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"))
print(round(statistics.stdev(xs), 10), round(statistics.pvariance(xs), 10), statistics.median_low([1, 2, 3, 4]),
      statistics.quantiles(xs, n=4), statistics.harmonic_mean([1, 2, 4]), round(statistics.geometric_mean([1, 2, 4]), 12))
print(statistics.fmean([1, 2, 3.5]), statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15)
print(round(nd.cdf(130), 10), round(nd.inv_cdf(0.9), 8), nd + 5, round(nd.overlap(statistics.NormalDist(110, 15)), 10))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)

payload = json.dumps({"v": "1.2.3", "notes": ["fix", "feat"]}, sort_keys=True).encode()
print(hashlib.sha256(payload).hexdigest()[:16], hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"").hexdigest()[:12])
h = hashlib.new("sha512")
h.update(b"part1")
h2 = h.copy()
h2.update(b"part2")
print(h.hexdigest()[:12], h2.hexdigest()[:12], h.digest_size, h.name, hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(hmac.new(b"key", b"msg", "sha256").hexdigest()[:20], hmac.compare_digest(b"a", b"a"), zlib.crc32(payload), zlib.adler32(b"x"))
comp = zlib.compress(payload * 20, 9)
print(len(payload) * 20, zlib.decompress(comp) == payload * 20, base64.b64encode(b"\x00\xffhello?"), base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b64decode("aGVsbG8="), base64.b32encode(b"ab"), base64.b16decode("4142"), base64.a85encode(b"test"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"), uuid.UUID("12345678123456781234567812345678").hex[:8], uuid.uuid3(uuid.NAMESPACE_URL, "x").version)
u = urlparse("https://user:pw@example.com:8443/a/b;p?q=1&q=2&r=%20x#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, parse_qs(u.query), u.fragment, u.username)
print(urlencode({"a": "x y", "b": ["1", "2"]}, doseq=True), quote("a/b c&d"), unquote("%E2%82%AC"), urljoin("http://h/a/b", "../c"))
print(urlunparse(("http", "h", "/p", "", "x=1", "")), shlex.split("cmd -a 'b c' \"d e\" f\\ g"), shlex.quote("it's"), shlex.join(["a", "b c"]))
print(fnmatch.filter(["a.py", "b.txt", "c.PY", "d.pyc"], "*.py"), fnmatch.fnmatchcase("X.PY", "*.py"), fnmatch.translate("a?[!b]*"))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&#39;&eacute;&#x263a;&amp;"))
net = ipaddress.ip_network("10.1.0.0/22")
print(net.num_addresses, net.netmask, list(net.subnets(new_prefix=24))[1], ipaddress.ip_address("10.1.3.7") in net, ipaddress.ip_address("::1").is_loopback)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 60, 77, 90, 100)], bisect.bisect_left([1, 2, 2, 3], 2), bisect.insort(x := [1, 3], 2) or x)
