"""Book catalog in XML: ElementTree parsing, queries, editing; an HTML link extractor."""
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

XML = """<?xml version="1.0"?>
<catalog xmlns:x="urn:extra">
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <genre>Computer</genre>
    <price currency="USD">44.95</price>
    <x:rating>4</x:rating>
  </book>
  <book id="bk102" lang="fr">
    <author>Ralls, Kim</author>
    <title>Midnight Rain</title>
    <genre>Fantasy</genre>
    <price currency="EUR">5.95</price>
  </book>
  <book id="bk103">
    <author>Corets, Eva</author>
    <title>Maeve Ascendant &amp; More</title>
    <genre>Fantasy</genre>
    <price>5.95</price>
  </book>
</catalog>"""

root = ET.fromstring(XML)
print(root.tag, root.attrib, len(root), [b.get("id") for b in root])
for book in root.findall("book"):
    price = book.find("price")
    print(f"{book.get('id')}: {book.findtext('title')!r} by {book.findtext('author')} "
          f"{float(price.text):.2f} {price.get('currency', '???')} lang={book.get('lang', '-')}")
print([e.text for e in root.iter("genre")], root.find(".//{urn:extra}rating").text)
print([b.get("id") for b in root.findall("./book[genre='Fantasy']")], root.findall(".//book[@lang='fr']")[0].get("id"))
print(root.find("book/title").text, root.find("missing"), root.findtext("missing", default="n/a"))
new = ET.SubElement(root, "book", id="bk104")
ET.SubElement(new, "title").text = "Snow <Crash>"
ET.SubElement(new, "price", currency="USD").text = "9.99"
root.remove(root[1])
root[0].set("lang", "de")
for price in root.iter("price"):
    price.text = f"{float(price.text) * 1.1:.2f}"
print(ET.tostring(new, encoding="unicode"))
print(ET.tostring(root[0].find("title")), len(root))
ET.indent(new)
print(ET.tostring(new, encoding="unicode"))
tree = ET.ElementTree(ET.fromstring("<a><b x='1'>t<c/>tail</b></a>"))
b = tree.getroot()[0]
print(b.text, b[0].tail, b.attrib, list(b.keys()), [e.tag for e in tree.iter()], ET.tostring(tree.getroot()))
el = ET.Element("note", {"to": "Tove"}, priority="high")
el.text = "Don't forget"
print(ET.tostring(el, encoding="unicode"), repr(el)[:13], el.items())
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError:", e, e.position)


class LinkExtractor(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text, self.stack = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.links.append((attrs["href"], attrs.get("title")))

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip() and "script" not in self.stack:
            self.text.append(data.strip())

    def handle_entityref(self, name):
        self.text.append(f"&{name};")


page = """<html><head><title>Links &amp; more</title><script>var x = "<a href='no'>";</script></head>
<body><p>See <a href="/docs" title="Docs">the docs</a> and <A HREF='https://ex.org/?a=1&amp;b=2'>this</A>.</p>
<img src="x.png" alt="pic"/><br><a name="anchor">no href</a><!-- comment --> caf&eacute; &#169;</body></html>"""
p = LinkExtractor()
p.feed(page)
p.close()
print(p.links)
print(p.text)
