"""A sensor-log codec: array.array, memoryview (slicing, casting, tolist, release), struct pack_into/unpack_from/
iter_unpack, bytearray editing, int.to_bytes, and io.BytesIO readinto with preallocated buffers."""
import array
import io
import struct
import sys

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<Ifh")

readings = [(1000 + i * 15, 20.5 + i * 0.25, -i * 3) for i in range(6)]
buf = bytearray(HEADER.size + RECORD.size * len(readings))
HEADER.pack_into(buf, 0, b"SLOG", 1, len(readings), 0)
for i, rec in enumerate(readings):
    RECORD.pack_into(buf, HEADER.size + i * RECORD.size, *rec)
crc = sum(buf[HEADER.size:]) & 0xFFFFFFFF
struct.pack_into("<I", buf, 8, crc)
print(len(buf), HEADER.size, RECORD.size, buf[:12].hex(" "), struct.calcsize("@ihq"), struct.calcsize("=ihq"))
magic, ver, n, check = HEADER.unpack_from(buf)
print(magic, ver, n, check == crc, [r for r in RECORD.iter_unpack(bytes(buf[HEADER.size:]))][:2])
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("struct.error:", e)

mv = memoryview(buf)
print(mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv[:4].tobytes(), mv[4:6].cast("H")[0], bytes(mv[-2:]))
body = mv[HEADER.size:]
body[0:4] = (999).to_bytes(4, "little")
print(RECORD.unpack_from(buf, HEADER.size)[0], len(body), body.obj is buf, mv[0], mv[::4].tobytes()[:4])
ints = mv[:8].cast("I")
print(ints.tolist(), ints.shape, ints.strides, ints.format, ints.nbytes)
with memoryview(b"abcdef") as ro:
    print(ro.readonly, ro[1:3].tobytes(), ro.hex(), ro.tolist()[:3])
try:
    ro.tobytes()
except ValueError as e:
    print("ValueError:", e)
try:
    memoryview(b"x")[0] = 1
except TypeError as e:
    print("TypeError:", e)

temps = array.array("d", (r[1] for r in readings))
codes = array.array("h", (r[2] for r in readings))
print(temps.typecode, temps.itemsize, len(temps), temps[1:3], codes.tolist(), sum(temps) / len(temps))
temps.append(99.5)
temps.extend([1.0, 2.0])
temps.remove(1.0)
print(temps.index(99.5), temps.count(2.0), temps.pop(), temps.buffer_info()[1], temps[-1])
raw = temps.tobytes()
back = array.array("d")
back.frombytes(raw)
print(back == temps, len(raw), array.array("b", b"\x01\xff").tolist(), array.array("u", "hé").tounicode())
mvt = memoryview(codes)
print(mvt.format, mvt.itemsize, mvt.tolist(), mvt.cast("B").tolist()[:4])
codes.byteswap()
print(codes[:3], array.array("I", [1, 2]) + array.array("I", [3]), array.array("i", [5]) * 3)
try:
    array.array("B", [256])
except OverflowError as e:
    print("OverflowError:", e)

stream = io.BytesIO(bytes(buf))
hdr = bytearray(HEADER.size)
print(stream.readinto(hdr), HEADER.unpack(hdr)[0])
block = bytearray(RECORD.size * 2)
n = stream.readinto(block)
print(n, [RECORD.unpack_from(block, k * RECORD.size)[0] for k in range(2)])
arr = array.array("b", bytes(4))
print(stream.readinto(arr), arr.tolist())
print(stream.readinto(memoryview(bytearray(100))), stream.readinto(bytearray(5)))
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba[6:] = ba[6:].upper()
del ba[5]
ba.insert(5, ord("_"))
ba += b"!"
print(ba, ba.find(b"O"), ba.replace(b"L", b"l"), ba.split(b"_"), bytes(ba[::-1]), ba.isupper())
print((1024).to_bytes(2, "big"), (-2).to_bytes(2, "little", signed=True), int.from_bytes(b"\x00\x10", "big"), sys.byteorder in ("little", "big"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(":"), bytearray.fromhex("01 02")[1], b"abc" * 2, b"a,b".partition(b","))
