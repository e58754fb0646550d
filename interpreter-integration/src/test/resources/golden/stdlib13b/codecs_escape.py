# unicode_escape, raw_unicode_escape, utf-8-sig and the utf-16 byte orders, both ways
s = 'a\\b\u00e9\u1234\U0001f600\n\t\x7f'
for enc in ['unicode-escape', 'raw-unicode-escape', 'utf-8-sig', 'utf-16-le', 'utf_16_be', 'UTF-8-SIG']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b'\\x41\\u00e9\\n\\101'.decode('unicode_escape'))
print(b'\\\\u0041\\u0041\\x41'.decode('raw_unicode_escape'))
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'))
