"""A binary wire format: struct with byte orders, alignment and padding, pack_into/unpack_from on
bytearrays, iter_unpack over records, Struct objects, int.to_bytes/from_bytes, bytes.hex with separators,
memoryview casts and slices, checksum arithmetic, and the struct.error messages users see."""
import struct
import zlib

HEADER = struct.Struct("!4sHBxI")
REC = struct.Struct("<hIf?")
print(HEADER.size, REC.size, struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@bq0i"), struct.calcsize("3s2x"))


def encode(kind, records):
    body = b"".join(REC.pack(*r) for r in records)
    head = HEADER.pack(b"WIRE", kind, len(records), zlib.crc32(body))
    return head + body


msg = encode(7, [(-2, 1000, 1.5, True), (300, 2 ** 32 - 1, -0.25, False)])
print(msg.hex(), len(msg))
print(msg.hex(" ", 4), msg[:8].hex(":"), bytes.fromhex("de ad be ef").hex("-", -2))
magic, kind, n, crc = HEADER.unpack_from(msg)
body = msg[HEADER.size:]
print(magic, kind, n, crc == zlib.crc32(body), list(REC.iter_unpack(body)))
print([r for r in struct.iter_unpack("<h", b"\x01\x00\x02\x00")], struct.unpack(">q", b"\xff" * 8))

buf = bytearray(16)
struct.pack_into(">HH", buf, 2, 0xBEEF, 258)
struct.pack_into("<d", buf, 8, 2.0)
print(buf, struct.unpack_from(">H", buf, offset=4), struct.unpack_from("<d", memoryview(buf)[8:]))
print(struct.pack(">e", 1.5), struct.unpack("<e", b"\x00\x3c"), struct.pack("5p", b"hi"), struct.pack("c3s", b"x", b"abcdef"))
print(struct.pack("<?q", 2, -1), struct.unpack("2?", b"\x00\x07"), struct.pack("!f", float("inf")))

for v, n, order, signed in [(1024, 2, "big", False), (-1, 2, "little", True), (255, 1, "big", False),
                            (2 ** 64 - 1, 8, "little", False), (-129, 1, "big", True), (256, 1, "big", False)]:
    try:
        b = v.to_bytes(n, order, signed=signed)
        print(b, int.from_bytes(b, order, signed=signed))
    except OverflowError as e:
        print("OverflowError:", e)
print(int.from_bytes(b"\x80\x00", "big", signed=True), int.from_bytes([1, 2], "little"), (5).to_bytes(), (0).bit_length())

mv = memoryview(bytearray(b"\x01\x00\x02\x00\x03\x00\x04\x00"))
ints = mv.cast("H")
print(ints.tolist(), ints.format, ints.itemsize, ints.nbytes, len(ints), ints[1], ints[-1])
ints[0] = 0xFFFF
print(mv.tobytes(), mv[2:4].tobytes(), bytes(mv[::2]), mv.readonly, mv.cast("B", (2, 4)).tolist())
grid = mv.cast("B", (2, 4))
print(grid.shape, grid.strides, grid.ndim, len(grid), grid[1, 2], grid[-1, -1], grid[1:].tolist(), grid.cast("B").shape)
grid[0, 1] = 7
print(mv[1], mv.cast("H", [2, 2]).tolist(), memoryview(b"abcdef").cast("c", (3, 2)).tolist())
for bad in [lambda: grid[0], lambda: list(grid), lambda: grid[0, 4], lambda: mv.cast("B", (3, 3)), lambda: grid[0, 1, 2],
            lambda: mv.cast("B", 8), lambda: grid.cast("B", (4, 2)), lambda: grid[0:1, 0:1], lambda: grid[0:1, 0]]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
try:
    ints[0] = 70000
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    memoryview(b"abc").cast("H")
except TypeError as e:
    print("TypeError:", e)
ro = memoryview(b"xyz")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)

checksum = sum(msg) & 0xFFFF
print(checksum, (checksum ^ 0xFFFF), zlib.adler32(msg), bytes(b ^ 0x5A for b in b"key")[::-1])
for fmt, args in [("<h", (40000,)), ("<I", (-1,)), ("<B", (1.5,)), ("4s", ("str",)), ("<hh", (1,)), ("z", ()),
                  ("<c", (b"ab",)), ("<?", ())]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", e)
for fmt, data in [("<I", b"\x00\x01"), ("<H", b"\x00\x01\x02")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print("struct.error:", e)
try:
    list(struct.iter_unpack("<I", b"\x00" * 5))
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack_from("<Q", b"\x00" * 9, 4)
except struct.error as e:
    print("struct.error:", e)
