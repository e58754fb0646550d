"""Build and parse a tiny BMP image and a record file with struct and memoryview."""
import io
import struct
from collections import namedtuple

Header = namedtuple("Header", "magic size reserved1 reserved2 offset")
Info = namedtuple("Info", "hsize width height planes bpp compression imgsize xppm yppm colors important")

W, H = 4, 3


def make_bmp(pixels):
    row_size = (W * 3 + 3) & ~3
    body = bytearray()
    for y in range(H - 1, -1, -1):
        row = bytearray()
        for x in range(W):
            r, g, b = pixels[y][x]
            row += struct.pack("<BBB", b, g, r)
        row += b"\0" * (row_size - len(row))
        body += row
    info = struct.pack("<IiiHHIIiiII", 40, W, H, 1, 24, 0, len(body), 2835, 2835, 0, 0)
    header = struct.pack("<2sIHHI", b"BM", 14 + len(info) + len(body), 0, 0, 14 + len(info))
    return header + info + bytes(body)


pixels = [[((x * 60) % 256, (y * 100) % 256, (x * y * 30) % 256) for x in range(W)] for y in range(H)]
data = make_bmp(pixels)
print("bmp bytes:", len(data), struct.calcsize("<2sIHHI"), struct.calcsize("<IiiHHIIiiII"))
hdr = Header._make(struct.unpack_from("<2sIHHI", data, 0))
info = Info._make(struct.unpack_from("<IiiHHIIiiII", data, 14))
print(hdr)
print(info.width, info.height, info.bpp, info.imgsize)
mv = memoryview(data)[hdr.offset:]
row_size = (W * 3 + 3) & ~3
for y in range(H):
    row = mv[(H - 1 - y) * row_size:(H - y) * row_size]
    print(" ".join("#%02x%02x%02x" % (b[2], b[1], b[0]) for b in struct.iter_unpack("<3B", row[:W * 3])))

Rec = struct.Struct(">H10sdq?")
print("record size", Rec.size, Rec.format)
buf = io.BytesIO()
items = [(1, "widget", 2.5, -7, True), (2, "gadget-long-name", 1e10, 2**40, False), (65535, "", -0.0, 0, True)]
for rid, name, price, qty, ok in items:
    buf.write(Rec.pack(rid, name.encode(), price, qty, ok))
raw = buf.getvalue()
print(len(raw), raw[:12].hex(" "))
for rec in Rec.iter_unpack(raw):
    rid, name, price, qty, ok = rec
    print(f"{rid:5} {name.rstrip(b'0').rstrip(bytes(1))!r:16} {price:>14g} {qty:>15,} {ok}")

packed = bytearray(8)
struct.pack_into("<hh", packed, 2, -2, 513)
print(packed, struct.unpack("<4h", packed))
print(struct.pack("@i", 1) == (1).to_bytes(4, "little"), struct.pack(">e", 1.5), struct.unpack("<f", b"\0\0\x80?"))
for fmt, args in (("<B", (256,)), ("<h", (40000,)), ("<I", (-1,)), ("<2s", (3,)), ("<i", (1, 2)), ("<?", ())):
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(f"pack{fmt!r}{args}: {e}")
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("unpack:", e)
try:
    struct.Struct("<Z")
except struct.error as e:
    print("bad fmt:", e)
mv2 = memoryview(bytearray(b"abcdefgh")).cast("H")
print(mv2.tolist(), mv2.format, mv2.itemsize, mv2.nbytes, len(mv2))
print(int.from_bytes(b"\x01\x00", "little", signed=True), (-300).to_bytes(2, "big", signed=True))
