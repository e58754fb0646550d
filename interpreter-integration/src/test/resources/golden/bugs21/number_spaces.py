"""Whitespace around numbers as CPython reads it: int/float/complex drop ASCII and non-ASCII whitespace but not
the ASCII separators \\x1c-\\x1f (str.strip drops those); Decimal strips like str.strip; float.fromhex and struct
formats only ASCII whitespace; bytes methods treat only ASCII letters, digits and whitespace as such."""
import decimal
import struct

tests = ['\x1c1+2j\x1d', ' 1+2j\u3000', '\u2007 3j', '\x85(1+2j)\x85', '\u200b1j', '( 1+2j )', '(\x851+2j\xa0)',
         '1\xa0+2j', '\t(1)\n', '\x0b-2.5j\x0c']
for s in tests:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for s in ['\x1c12\x1f', '\u20071.5', '\u200b7', '\x8512\x85', '\xa0 12 \u3000', '\x0b12\x0c', '\u2028 3 \u2029',
          '\x1f7', '7\x1e', ' \u0661\u0662 ']:
    for fn in (int, float):
        try:
            print(fn.__name__, repr(s), repr(fn(s)))
        except ValueError as e:
            print(fn.__name__, 'ValueError:', e)
for b in [b'\x1c12', b'\x8512', b'\xa012', b' 12\t', b'\x0b3\x0c']:
    for fn in (int, float):
        try:
            print(fn.__name__, b, repr(fn(b)))
        except ValueError as e:
            print(fn.__name__, 'ValueError:', e)
for s in ['\x1c12.5\x1f', ' 1.5\u3000', '\u200b7', '\x851\x85', '\u20072', '\t-0.25 ']:
    try:
        print(repr(decimal.Decimal(s)))
    except decimal.InvalidOperation as e:
        print('InvalidOperation', repr(s))
for s in ['\x1c0x1p0', ' 0x1p0 ', '\xa00x1p0', '\t0x1.8p1\n']:
    try:
        print(float.fromhex(s))
    except ValueError as e:
        print('ValueError:', e)
for f in ['\x1ci', ' i h ', '\ni\t', 'i\x1fh']:
    try:
        print(repr(f), struct.calcsize(f))
    except struct.error as e:
        print(repr(f), 'struct.error:', e)
print(repr('\x1c a \x1f'.strip()), '\x1c'.isspace(), '\x85'.isspace(), 'a\x1cb\x1dc'.split(), 'a\x1cb'.splitlines())
for b in [b'\xe9a\xc9 B', b'a\x1cb\x85c\x0bd\x0ce\nf\r\ng\xa0h', b'hello World \xe9t\xe9', b'\xb2\xbd9', b'']:
    print(b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase(), b.split(), b.splitlines(), b.splitlines(True))
    print(b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
    print(b.strip(), b.rstrip(b'\xe9 '), b.lstrip(), b.rsplit(None, 1), b.partition(b'\x85'), b.find(0xe9),
          b.count(0x85), b.center(30, b'\xff'))
    print(bytearray(b).upper(), bytearray(b).split(), bytearray(b).isascii(), b.zfill(20), b.expandtabs(),
          b.startswith((b'\xe9', b'a')))
print(b'\x0b \x0c'.isspace(), b'\x1c'.isspace(), b' \x0b\x0cx'.split(), b'a\x0bb'.splitlines())
