# The codec registry as CPython 3.11's: names normalized for the search functions, exceptions of a codec wrapped
# with what failed, str.encode/bytes.decode refuse transform codecs, surrogateescape and charmap encoders.
import codecs
import encodings.iso8859_3

seen = []


def search(name):
    seen.append(name)
    return codecs.CodecInfo(raise_it, raise_it, name='chaining_test') if name == 'chaining_test' else None


codecs.register(search)
for name in ('AAA-8', 'aaa---8', 'Aaa   8', 'aaa\xe9\u20ac-8', 'AAA.8', '-x-'):
    try:
        codecs.lookup(name)
    except LookupError as e:
        print('LookupError', e)
print(seen)

to_raise = None


def raise_it(*args):
    raise to_raise


class Plain(RuntimeError):
    pass


class WithInit(RuntimeError):
    def __init__(self):
        pass


for to_raise in (RuntimeError, RuntimeError('msg'), Plain('sub'), WithInit, RuntimeError(1), RuntimeError('a', 'b'),
                 ValueError('v'), OSError(2, 'os')):
    for call in (lambda: 'x'.encode('chaining_test'), lambda: codecs.encode('x', 'chaining_test'),
                 lambda: b'x'.decode('chaining_test'), lambda: codecs.decode(b'x', 'chaining_test')):
        try:
            call()
        except Exception as e:
            print(type(e).__name__, repr(str(e)), type(e.__cause__).__name__)

for call in (lambda: 'x'.encode('hex_codec'), lambda: b'78'.decode('hex'), lambda: 'x'.encode('rot13'),
             lambda: b'x'.decode('base64')):
    try:
        call()
    except LookupError as e:
        print('LookupError', e)
print(codecs.encode(b'x', 'hex'), codecs.decode('klm', 'rot13'))
try:
    codecs.decode(b'zz', 'hex')
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

print('[\udc80\udcff]'.encode('ascii', 'surrogateescape'), '\udce4\udceb'.encode('latin-1', 'surrogateescape'))
print('foo\udca5bar'.encode('iso-8859-3', 'surrogateescape'), 'a\u20acb'.encode('iso-8859-3', 'replace'))
print('[\x80\xff\u20ac\U000abcde]'.encode('ascii', 'backslashreplace'), '\U0001f600'.encode('latin-1', 'xmlcharrefreplace'))
print(ascii(codecs.charmap_decode(b'\x00\x01\x02', 'strict', {0: 0x10FFFF, 1: 98, 2: 'cd'})))
for m in ({0: 0x110000}, {0: -1}):
    try:
        codecs.charmap_decode(b'\x00', 'strict', m)
    except TypeError as e:
        print('TypeError', e)
