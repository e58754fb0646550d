# A TextIOWrapper over a binary stream encodes incrementally: a codec's BOM is written once, at the start.
import io
for enc in ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-32', 'iso-8859-15'):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc, errors='xmlcharrefreplace', newline='\n', write_through=True)
    t.write('a\u20ac')
    t.write('b')
    t.flush()
    print(enc, b.getvalue())
    t.detach()
