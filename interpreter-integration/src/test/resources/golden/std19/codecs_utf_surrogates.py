# UTF codecs: one BOM for utf-16/utf-32, lone surrogates (strict errors, surrogatepass, other handlers), UTF-7,
# UTF-32 code points out of range, incremental UTF-8 that stops at an invalid prefix.
import codecs

print('ab'.encode('utf-16'), 'ab'.encode('utf-32'), 'a\U00010400'.encode('utf-16-be'), bytes('xy', 'utf-16-le'))
print('abc\ud800def'.encode('utf-8', 'surrogatepass'), ascii(b'abc\xed\xa0\x80def'.decode('utf-8', 'surrogatepass')))
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'latin-1', 'ascii'):
    try:
        '[\udc80]'.encode(enc)
    except UnicodeEncodeError as e:
        print(e, e.start, e.end)
    print('[\udc80]'.encode(enc, 'backslashreplace'), '[\udc80]'.encode(enc, 'replace'))
for enc in ('utf-16-le', 'utf-16-be', 'utf-32-le'):
    data = '\ud901'.encode(enc, 'surrogatepass')
    print(enc, data, ascii(data.decode(enc, 'surrogatepass')))

print('A\u20acB+-~\\'.encode('utf-7'), b'A+IKw-B+--+AH4-'.decode('utf-7'), '\U000104a0'.encode('utf-7'))
for data in (b'a+IK-b', b'a+IKwgr,-b', b'a+@b', b'a\xffb', b'a+2AE-b'):
    print(data, ascii(data.decode('utf-7', 'replace')))
    try:
        data.decode('utf-7')
    except UnicodeDecodeError as e:
        print("   ", e.reason, e.start, e.end)
dec = codecs.getincrementaldecoder('utf-7')()
print([dec.decode(bytes([b])) for b in b'a+IKwgrA-b'])

for data in (b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'a\x00\x00'):
    try:
        data.decode('utf-32-le')
    except UnicodeDecodeError as e:
        print(e.reason, e.start, e.end)
    print(ascii(data.decode('utf-32-le', 'replace')))
print(codecs.utf_16_decode(b'\x01', 'replace', True), codecs.utf_16_le_decode(b'a\x00\x00\xd8', 'strict', False))

dec = codecs.getincrementaldecoder('utf-8')()
for data in (b'\xe0\x80', b'\xf0\x8f', b'\xed\xa0'):
    try:
        print(ascii(dec.decode(data)))
    except UnicodeDecodeError as e:
        print(data, e.reason)
    dec.reset()

reader = codecs.getreader('utf-16')(__import__('io').BytesIO('line one\nline two\n'.encode('utf-16')))
print(reader.readline(), reader.read())
