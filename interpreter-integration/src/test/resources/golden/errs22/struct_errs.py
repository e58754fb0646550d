import struct
for f in (lambda: struct.pack('i', 'x'), lambda: struct.pack('b', 300), lambda: struct.pack('B', -1), lambda: struct.pack('i'),
          lambda: struct.pack('i', 1, 2), lambda: struct.unpack('i', b'ab'), lambda: struct.pack('z', 1), lambda: struct.calcsize('q!'),
          lambda: struct.pack('h', 70000), lambda: struct.pack('?'), lambda: struct.pack('3s', 'abc'), lambda: struct.unpack('2i', b'x' * 9),
          lambda: struct.pack('I', 2**32), lambda: struct.pack('e', 1e10), lambda: struct.pack('c', b'ab'), lambda: struct.pack('f', 'x'),
          lambda: struct.unpack_from('i', b'abcd', 2), lambda: struct.pack('<Q', -1), lambda: struct.iter_unpack('i', b'abc'), lambda: struct.Struct(5)):
    try:
        print(f())
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
struct.unpack('>HH', b'\x00\x01')
