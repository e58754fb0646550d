b = b"abc\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3])
print(B'xyz', b'a' b'b', bytes(3), bytes([65, 66, 67]))
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"\t\n\r\\")
print(list(b"hi"))
