import xml.etree.ElementTree as ET, html, urllib.parse as up, email.message, email.utils, ipaddress, mimetypes, http
from html.parser import HTMLParser
doc = """<catalog><book id="b1" lang="en"><title>Dune</title><price cur="USD">9.99</price></book>
<book id="b2"><title>Solaris &amp; more</title><price cur="EUR">12.50</price><tags><t>sf</t><t>classic</t></tags></book></catalog>"""
root = ET.fromstring(doc)
for b in root.iter("book"):
    print(b.get("id"), b.findtext("title"), float(b.find("price").text), b.find("price").attrib, [t.text for t in b.iterfind("tags/t")])
print(root.find(".//book[@id='b2']/title").text, len(root), root.tag, [e.tag for e in root[0]])
new = ET.SubElement(root, "book", id="b3"); ET.SubElement(new, "title").text = "Ubik <2>"
print(ET.tostring(new, encoding="unicode"))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError", e, e.position)
print(html.escape('<a href="x">Tom & "Jerry"</a>'), html.unescape("&lt;&eacute;&#x41;&#66;&nbsp;&amp;"))
class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []; self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == "a": self.links.append(dict(attrs).get("href"))
    def handle_data(self, data):
        if data.strip(): self.text.append(data.strip())
p = LinkCollector(); p.feed('<p>Hi <a href="/x?a=1&amp;b=2">there</a><br/><a name=q>no</a> &copy; 2024</p>')
print(p.links, p.text)
u = up.urlparse("https://user:pw@Example.com:8080/a/b;p?q=1&q=2&z=%20x#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username)
print(up.parse_qs(u.query), up.parse_qsl("a=1&b=&c=3", keep_blank_values=True), up.urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True))
print(up.quote("a b/c?d=é"), up.quote_plus("a b+c"), up.unquote("%E2%82%AC%20x"), up.urljoin("http://h/a/b/c", "../d?x#y"))
print(up.urlunparse(("http", "h", "/p", "", "a=1", "")), up.urlsplit("//host/path").netloc, up.urldefrag("http://x/y#z"))
m = email.message.EmailMessage()
m["From"] = "Ann <ann@example.com>"; m["To"] = "bob@example.com"; m["Subject"] = "Hello"
m.set_content("Body line 1\nBody line 2\n")
print(m["Subject"], m.get_content_type(), m.get_content().splitlines(), email.utils.parseaddr("Ann <ann@example.com>"))
print(email.utils.formataddr(("Bob B", "b@x.org")), email.utils.parsedate_to_datetime("Tue, 01 Jun 2021 10:00:00 +0000"))
net = ipaddress.ip_network("192.168.1.0/28")
print(net.num_addresses, list(net.hosts())[:3], ipaddress.ip_address("10.0.0.1") in net, ipaddress.ip_address("::1").is_loopback)
print(ipaddress.ip_interface("10.1.2.3/24").network, ipaddress.IPv4Address("1.2.3.4") + 1, ipaddress.ip_address("2001:db8::1").exploded)
print(mimetypes.guess_type("a.json"), mimetypes.guess_type("x.tar.gz"), http.HTTPStatus(404), http.HTTPStatus.OK.phrase, int(http.HTTPStatus.CREATED))
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print(e)
