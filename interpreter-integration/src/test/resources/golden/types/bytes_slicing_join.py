data = bytes(range(10))
print(data[2:5], data[::3], data[-3:], data[::-1][:3], list(data[1:4]))
parts = [b"ab", b"cd", b"ef"]
print(b"".join(parts), b", ".join(parts), b"ab" + bytes([0]) + b"cd")
print(data.index(5), data.count(1), bytes(4) == b"\x00" * 4, b"x" * 3)
print(b"a,b,c".split(b","), b" pad ".strip(), b"Hi".lower(), b"abc".endswith(b"bc"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"%d-%s" % (5, b"x"))
