# csv over this interpreter's _csv: dialect validation, the reader's state machine, the writer's quoting
import csv
import io
import _csv

f = io.StringIO()
w = csv.writer(f, lineterminator='\n')
w.writerow(['a\rb', 'c\nd', 'e f', None, 1.5, True])
w.writerow([''])
w.writerow([])
print(repr(f.getvalue()))
f = io.StringIO()
w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
print(w.writerow([None, 1, 'x', 2.0, True]), repr(f.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print(e)
for kw in [dict(delimiter='ab'), dict(delimiter=None), dict(quotechar=3), dict(quotechar=None), dict(quoting=9),
           dict(quoting='x'), dict(lineterminator=5), dict(lineterminator=''), dict(escapechar='ab'),
           dict(delimiter='')]:
    try:
        csv.reader([], **kw)
        print(kw, 'ok')
    except Exception as e:
        print(kw, type(e).__name__, e)
print(list(csv.reader(['a,"b""c",d', ' x, y'], skipinitialspace=True)))
print(list(csv.reader(['1,"2",3.5,'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    print(list(csv.reader(['a,"b"c'], strict=True)))
except csv.Error as e:
    print('E', e)
print(list(csv.reader(['a,"b"c'])))
print(list(csv.reader(['a,"mul\n', 'ti",z\n', 'q'])))
try:
    list(csv.reader(['a,"open'], strict=True))
except csv.Error as e:
    print('E', e)
print(list(csv.reader(['a,"open'])))
try:
    list(csv.reader(['a\rb,c']))
except csv.Error as e:
    print('E', e)
print(list(csv.reader(['a\\,b,c\\'], escapechar='\\')))
r = csv.reader(['x', '', 'y'])
print(list(r), r.line_num)
try:
    list(csv.reader([b'x']))
except csv.Error as e:
    print('E', e)
d = _csv.Dialect()
print(d.delimiter, repr(d.lineterminator), d.quoting, d.escapechar, d.doublequote, d.quotechar, d.strict,
      d.skipinitialspace)
try:
    d.delimiter = ';'
except AttributeError as e:
    print('AE', e)
print(_csv.Dialect(quotechar=None).quoting)
try:
    _csv.Dialect(quotechar=None, quoting=csv.QUOTE_ALL)
except Exception as e:
    print(type(e).__name__, e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['a' * 11]))
except csv.Error as e:
    print('E', e)
try:
    list(csv.reader(['"' + 'a' * 11 + '"']))
except csv.Error as e:
    print('E', e)
csv.field_size_limit(131072)
try:
    csv.get_dialect('nope')
except csv.Error as e:
    print('E', e)
print(csv.list_dialects())
print(list(csv.reader(['\n', '\r\n', 'a\r\n', ' ', ',', 'a,,b'])))
print(list(csv.reader(['a,b\n'], lineterminator='X')))
print(csv.Sniffer().sniff('a;b;c\n1;2;3\n').delimiter, csv.Sniffer().has_header('name,age\nbob,3\nal,5\n'))
print(type(csv.reader([])).__name__, type(csv.writer(io.StringIO())).__name__, csv.__version__)


class D(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = False
    escapechar = '\\'


f = io.StringIO()
w = csv.writer(f, D)
w.writerow(["it's", 'a|b'])
print(repr(f.getvalue()))
csv.register_dialect('pipes', delimiter='|')
print(csv.get_dialect('pipes').delimiter, list(csv.reader(['1|2'], 'pipes')))
csv.unregister_dialect('pipes')
try:
    csv.register_dialect(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    csv.writer(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    csv.writer(io.StringIO()).writerow(5)
except Exception as e:
    print(type(e).__name__, e)
print(csv.reader(['a,b'], delimiter=';').dialect.delimiter)
print(list(csv.reader(['a\0b,c'])))
print(list(csv.reader(['"a"b,c'])))
print(list(csv.reader(['a"b",c'])))
print(list(csv.reader(['"a",  "b"'], skipinitialspace=True)))
print(list(csv.reader(['a,b'], quoting=csv.QUOTE_NONE, quotechar=None)))
print(list(csv.reader(['"a,b"'], quoting=csv.QUOTE_NONE)))
f = io.StringIO()
csv.writer(f, escapechar='\\', doublequote=False).writerow(['a"b', 'c\\d'])
print(repr(f.getvalue()))
f = io.StringIO()
csv.writer(f, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'q"x'])
print(repr(f.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([''])
except csv.Error as e:
    print('E', e)
f = io.StringIO()
csv.writer(f).writerows([[1, 2], [3], ['x y', 'q"uote', 'multi\nline']])
print(repr(f.getvalue()))
f.seek(0)
print(list(csv.reader(f)))
f = io.StringIO()
dw = csv.DictWriter(f, fieldnames=['name', 'qty'], extrasaction='ignore')
dw.writeheader()
dw.writerows([{'name': 'nut', 'qty': 3, 'extra': 1}, {'name': 'bolt, big', 'qty': 5}])
f.seek(0)
print([dict(r) for r in csv.DictReader(f)])
print(list(csv.reader(['a\tb'], dialect='excel-tab')), list(csv.reader(['"x"'], csv.unix_dialect)))
