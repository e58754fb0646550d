# XML over this interpreter's pyexpat: ElementTree (errors with their positions, namespaces, iterparse,
# the pull parser), minidom, plistlib, xml.sax and the expat interface itself
import xml.etree.ElementTree as ET
cases = ['<a><b></a>', '<a>', '', '<a></a><b/>', '<a x="1" x="2"/>', '<a>&foo;</a>', '<a><!-- c --><?pi data?></a>',
         '<a>\n <b>\n</c></a>', '<a b=1/>', '<p:a/>', '<a>&#xZZ;</a>', '<![CDATA[x]]>', 'text', '<a><![CDATA[x</a>',
         '<?xml version="1.0"?><a/>', ' <?xml version="1.0"?><a/>', '<a>&amp;&lt;&#65;&#x42;</a>',
         '<a\n  b="1"\n  >t</a >', '<a>x<b>y</b>z</a>', '<!DOCTYPE a [<!ENTITY e "ent">]><a>&e;</a>',
         '<a b="x&amp;y&#10;z\tw"/>', '<a><![CDATA[<raw> & stuff]]></a>', '<a>\r\nline</a>']
for s in cases:
    try:
        print(repr(s), ET.tostring(ET.fromstring(s)))
    except ET.ParseError as x:
        print(repr(s), 'ParseError', x, x.code, x.position)
doc = """<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns="urn:books" xmlns:x="urn:extra">
  <book id="b1" x:rating="5"><title>Dune</title><price currency="EUR">9.99</price></book>
  <book id="b2"><title>Emma &amp; Co</title><price>5.50</price><x:note>old</x:note></book>
</catalog>"""
root = ET.fromstring(doc)
ns = {"b": "urn:books", "x": "urn:extra"}
print(root.tag, [b.get("id") for b in root.findall("b:book", ns)])
print([t.text for t in root.iter("{urn:books}title")], root.find(".//x:note", ns).text)
print(sorted(root[0].attrib.items()))
print(sum(float(p.text) for p in root.iter("{urn:books}price")))
ET.register_namespace("", "urn:books")
print(ET.tostring(root[1], encoding="unicode"))
import io
events = [(ev, el.tag if hasattr(el, "tag") else el) for ev, el in ET.iterparse(io.BytesIO(doc.encode()), events=("start", "end", "start-ns"))]
print(events[:6], len(events))
p = ET.XMLPullParser(events=("end",))
for chunk in ["<r><i>1</i><i>", "2</i>", "</r>"]:
    p.feed(chunk)
    print([e.text for ev, e in p.read_events()])
t = ET.ElementTree(ET.fromstring("<cfg><opt name='a'>1</opt><opt name='b'>2</opt></cfg>"))
print({o.get("name"): int(o.text) for o in t.getroot()})
from xml.dom import minidom
d = minidom.parseString("<r a='1'><c>t</c><!--k--><c/></r>")
print(d.documentElement.tagName, d.documentElement.getAttribute("a"), len(d.getElementsByTagName("c")))
print(d.toprettyxml(indent=" "))
import plistlib
pl = plistlib.dumps({"name": "x", "n": [1, 2.5, True], "d": {"k": b"\x00\x01"}})
print(plistlib.loads(pl))
import xml.sax
class H(xml.sax.ContentHandler):
    def __init__(self): super().__init__(); self.out = []
    def startElement(self, name, attrs): self.out.append(("s", name, dict(attrs)))
    def characters(self, c): self.out.append(("c", c))
    def endElement(self, name): self.out.append(("e", name))
h = H(); xml.sax.parseString(b"<a k='v'>hi<b/></a>", h); print(h.out)
import xml.parsers.expat as E
pr = E.ParserCreate()
got = []
pr.StartElementHandler = lambda n, a: got.append(("start", n, a))
pr.EndElementHandler = lambda n: got.append(("end", n))
pr.CharacterDataHandler = lambda d: got.append(("data", d))
pr.Parse(b"<x a='1'>te", False); pr.Parse(b"xt</x>", True)
print(got)
try:
    pr2 = E.ParserCreate(); pr2.Parse("<a><b></a>", True)
except E.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, E.ErrorString(e.code), E.errors.messages[e.code] == E.errors.XML_ERROR_TAG_MISMATCH)

