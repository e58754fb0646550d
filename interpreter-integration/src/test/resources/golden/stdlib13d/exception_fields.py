# OSError's and the Unicode errors' attributes are set by construction and __init__; str() reads them.
import pickle

for args in [('foo',), ('foo', 'bar'), ('foo', 'bar', 'baz'), ('foo', 'bar', 'baz', None, 'quux'),
             (2, 'No such file', 'f.txt'), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, '|', str(e))
    p = pickle.loads(pickle.dumps(e))
    print('  pickled:', type(p).__name__, p.args, p.filename, p.filename2, str(p) == str(e))
e = OSError(13, 'denied')
e.filename = 'x'
print(str(e))

u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(u.encoding, u.object, u.start, u.end, u.reason, '|', str(u))
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
u.encoding = 4000
u.start = 1000
print(str(u))
d = UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'ordinal not in range')
print(repr(d.object), str(d))
print(str(UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo')))
t = UnicodeTranslateError('\u3042x', 0, 1, 'ouch')
print(t.object, t.start, t.end, t.reason, t.encoding, '|', str(t))
print(str(UnicodeEncodeError('enc', '\U0001f600', 0, 1, 'r')), str(UnicodeEncodeError('enc', '\u20ac', 0, 1, 'r')))
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as x:
    print(x.start, x.end, str(x))

for t in [(ValueError, 42), (ValueError, (KeyError, TypeError))]:
    try:
        try:
            raise ValueError
        except t:
            print('caught')
    except TypeError as x:
        print('TypeError:', x)
