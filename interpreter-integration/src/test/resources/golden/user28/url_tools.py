"""Link normaliser and network calculator: urllib.parse, ipaddress, uuid, base64, zlib."""
import base64
import ipaddress
import uuid
import zlib
from urllib.parse import (urlparse, urlunparse, urlsplit, urljoin, urlencode, parse_qs, parse_qsl,
                          quote, quote_plus, unquote, unquote_plus, urldefrag)

links = ["HTTP://Example.COM:80/a/b/../c/./d.html?b=2&a=1#frag",
         "https://user:pw@shop.example.org:8443/cart?item=42&item=7&q=red+shoes",
         "/relative/path?x=%41%42", "mailto:someone@example.com", "ftp://[2001:db8::1]:21/pub/file.txt",
         "https://example.com/search?q=caf%C3%A9&lang=fr"]
for link in links:
    u = urlparse(link)
    print(u)
    print("  host:", u.hostname, "port:", u.port, "user:", u.username, "query:", parse_qs(u.query))
base = "https://docs.example.com/guide/intro/index.html"
for ref in ("setup.html", "../api/", "/top", "//cdn.example.com/x.js", "?page=2", "#sec", "https://other/"):
    print(f"{ref:<24} -> {urljoin(base, ref)}")
params = {"q": "fish & chips", "page": 2, "tags": ["a b", "c/d"], "empty": ""}
print(urlencode(params), urlencode(params, doseq=True), sep="\n")
print(quote("/path with spaces/ü?&="), quote("/a b", safe=""), quote_plus("a b+c"), unquote("caf%C3%A9"), unquote_plus("a+b%20c"))
print(parse_qsl("a=1&b=&c=3&a=4", keep_blank_values=True), urldefrag("http://x/y#z"), urlsplit("http://h/p;param?q").path)
parts = urlparse(links[0])._replace(scheme="https", netloc=urlparse(links[0]).hostname.lower(), fragment="")
print(urlunparse(parts), parts.geturl())

net = ipaddress.ip_network("192.168.10.0/26")
print(net, net.netmask, net.hostmask, net.num_addresses, net.broadcast_address, net.prefixlen)
hosts = list(net.hosts())
print(hosts[0], hosts[-1], len(hosts))
print(list(net.subnets(new_prefix=28)), net.supernet(prefixlen_diff=2))
addr = ipaddress.ip_address("192.168.10.37")
print(addr in net, addr + 5, int(addr), addr.is_private, addr.reverse_pointer, repr(addr))
v6 = ipaddress.ip_address("2001:0db8:0000:0000:0000:ff00:0042:8329")
print(v6, v6.exploded, v6.compressed, v6.version, ipaddress.ip_interface("10.1.2.3/255.255.0.0"))
print(sorted(ipaddress.ip_address(a) for a in ["10.0.0.10", "10.0.0.9", "9.255.255.255"]))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
for bad in ("300.1.1.1", "10.0.0.1/33", "192.168.1.1/24"):
    try:
        ipaddress.ip_network(bad)
    except ValueError as e:
        print(type(e).__name__, e)

ns = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com")
print(ns, ns.version, ns.hex[:8], uuid.uuid3(uuid.NAMESPACE_URL, "https://x"), repr(uuid.UUID(int=1)))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u.fields, u.urn, u.bytes[:4], str(uuid.UUID(bytes=bytes(range(16)))), uuid.UUID("{12345678123456781234567812345678}") == u)
data = ("The same line repeated. " * 20).encode()
packed = zlib.compress(data, 9)
print(len(data), len(packed), zlib.decompress(packed) == data, zlib.crc32(data), zlib.adler32(b"abc"))
token = base64.urlsafe_b64encode(b"\xfb\xff user:42").decode()
print(token, base64.urlsafe_b64decode(token), base64.b64encode(b"hi"), base64.b32encode(b"hi"), base64.b16decode("4869"))
print(base64.b85encode(b"hello"), base64.a85encode(b"hello"), base64.encodebytes(b"x" * 60))
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
try:
    zlib.decompress(b"garbage")
except zlib.error as e:
    print("zlib.error:", e)
