# unicode_escape, raw_unicode_escape and escape_decode as CPython 3.11's: error handlers and positions, escapes cut
# short by the end of the data left for the next call (final=False), invalid-escape warnings, str input.
import codecs
import warnings


names = {codecs.unicode_escape_decode: 'unicode_escape_decode', codecs.raw_unicode_escape_decode: 'raw',
         codecs.escape_decode: 'escape_decode'}


def show(f, *args):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f(*args)
        except (UnicodeDecodeError, ValueError) as e:
            r = '%s: %s %r' % (type(e).__name__, e, (getattr(e, 'start', None), getattr(e, 'end', None)))
    print(names[f], args, '->', r, [str(m.message) for m in w])


for data in (b'\\', b'a\\', b'\\x4g', b'\\u004', b'\\U00110000', b'\\N{', b'\\N{}', b'\\N{LATIN SMALL LETTER A}',
             b'\\N{NO SUCH NAME}', b'\\8', b'\\400', b'\\q', b'\\\\u0041', b'\\\\\\u0041', b'[\\x41]\\101\\\n'):
    for f in (codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode):
        show(f, data)
        show(f, data, 'strict', False)
        for errors in ('replace', 'ignore', 'backslashreplace'):
            show(f, data, errors)
    show(codecs.escape_decode, data)
    show(codecs.escape_decode, data, 'replace')
    show(codecs.escape_decode, data, 'ignore')
show(codecs.unicode_escape_decode, r'\u1234')
show(codecs.raw_unicode_escape_decode, r'\u1234')

# the incremental decoder keeps an escape cut in two
dec = codecs.getincrementaldecoder('unicode_escape')()
print([dec.decode(bytes([b])) for b in b'a\\u20acb\\x41'], repr(dec.decode(b'', True)))
print(b'\\t\\u20ac\\N{EM DASH}'.decode('unicode_escape'), b'\\xz'.decode('unicode_escape', 'replace'))
try:
    codecs.escape_encode(bytearray(b'x'))
except TypeError as e:
    print('TypeError', e)
