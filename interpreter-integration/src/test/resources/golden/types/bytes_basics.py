b = b"hello world"
print(b[0], b[-1], b[0:5], b[::-1], len(b), b.upper(), b.split(), b.replace(b"o", b"0"))
print(b.decode(), b.hex(), bytes.fromhex("414243"), b.find(b"wor"), b.count(b"l"), b.startswith(b"he"))
print(b"-".join([b"a", b"b"]), b + b"!", b * 2, b"l" in b, 104 in b)
print(bytes(range(65, 70)), list(b"AB"), bytes("é", "utf-8"), b.strip(b"hd"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(b"abc" < b"abd", b"\x00\x01".hex(), b"x".isalpha(), b"12".isdigit())
