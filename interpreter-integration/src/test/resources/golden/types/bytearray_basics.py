ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), ba[1], bytes(ba), ba.decode())
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
print(bytearray(3), bytearray([1, 2]), bytearray("hi", "ascii"), ba.hex())
ba.reverse()
print(ba, ba == b"YXZdd"[::-1] or ba)
try:
    ba.append(256)
except ValueError as e:
    print("ValueError:", e)
