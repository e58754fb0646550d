# Decoding errors of the UTF codecs under every error handler: the replacement, the position the decoder goes on
# from, and surrogateescape refusing ASCII bytes (it can only carry bytes >= 128 through as lone surrogates).
cases = [
    (b'a\xffb\xc3', 'utf-8'),
    (b'\x00\xd8a\x00', 'utf-16-le'),
    (b'a+AGE-b+\xff-', 'utf-7'),
    (b'\x00\xdc', 'utf-16-le'),
    (b'\xff\xfe\x00\xd8', 'utf-16'),
    (b'\x80abc\xfe', 'utf-8'),
]
for data, enc in cases:
    for err in ('replace', 'ignore', 'backslashreplace', 'surrogateescape', 'strict'):
        try:
            print(enc, err, ascii(data.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, err, 'UnicodeDecodeError', e.start, e.end, e.reason)

import codecs
d = codecs.getincrementaldecoder('utf-8')('replace')
print(ascii(d.decode(b'a\xe2\x82')), ascii(d.decode(b'\xacz\xff', final=True)))


def skip_two(exc):
    return ('<%d:%d>' % (exc.start, exc.end), exc.end + 1)


codecs.register_error('golden.skip_two', skip_two)
print(ascii(b'x\xffyz\xfeq'.decode('utf-8', 'golden.skip_two')))


def from_end(exc):
    return ('<end-1>', -1)


codecs.register_error('golden.from_end', from_end)
print(ascii(b'\xffabc'.decode('utf-16-le', 'golden.from_end')))
