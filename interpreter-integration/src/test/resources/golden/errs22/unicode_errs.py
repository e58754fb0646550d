for f in (lambda: b'\xff'.decode(), lambda: 'é'.encode('ascii'), lambda: b'ab\xc3'.decode('utf-8'),
          lambda: b'\xe9t\xe9'.decode('ascii'), lambda: 'a\udc80b'.encode('utf-8'), lambda: b'\xff\xfe\x00'.decode('utf-16'),
          lambda: 'x'.encode('nope-codec'), lambda: b'x'.decode('nope-codec'), lambda: 'abc'.encode('utf-8', 'nope'),
          lambda: b'\x80abc'.decode('utf-8', 'nope'), lambda: '€'.encode('latin-1'), lambda: b'\xed\xa0\x80'.decode(),
          lambda: str(b'\xff', 'utf-8'), lambda: 'x'.decode(), lambda: b'x'.encode(), lambda: str(5, 'utf-8'),
          lambda: 'ab'.encode('hex'), lambda: bytes('abc'), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytearray('x')):
    try:
        f()
    except (UnicodeError, LookupError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
        if isinstance(e, UnicodeError):
            print(' ', e.encoding, repr(e.object), e.start, e.end, e.reason)
b'abc\xffdef'.decode()
