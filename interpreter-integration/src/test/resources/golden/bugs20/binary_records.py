# A binary file format with struct, bytes and bytearray: header, records, checksum, hexdump.
import struct
import io
import zlib

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<iHf8s")
print(HEADER.size, RECORD.size, struct.calcsize(">iHf8s"), struct.calcsize("@bi"), struct.calcsize("=bi"))

records = [(1, 10, 2.5, b"alpha"), (-2, 65535, -0.125, b"beta"), (300000, 7, 1e10, b"gammadelta")]
body = bytearray()
for r in records:
    body += RECORD.pack(*r)
blob = HEADER.pack(b"RECS", 1, len(records), zlib.crc32(body)) + bytes(body)
print(len(blob), blob[:12].hex(" "), blob[:4])

def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hx = " ".join(f"{b:02x}" for b in chunk)
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hx:<{width * 3}} |{asc}|")
hexdump(blob[:40])

stream = io.BytesIO(blob)
magic, ver, count, crc = HEADER.unpack(stream.read(HEADER.size))
print(magic, ver, count, hex(crc))
rest = stream.read()
print("crc ok:", zlib.crc32(rest) == crc)
for rid, flags, val, name in RECORD.iter_unpack(rest):
    print(f"id={rid:>7} flags={flags:#06x} val={val:<12g} name={name.rstrip(bytes(1)).decode()!r}")
print(RECORD.unpack_from(blob, HEADER.size + RECORD.size))
buf = bytearray(8)
struct.pack_into(">HH", buf, 2, 0xBEEF, 0xCAFE)
print(buf, buf.hex(), bytes(buf).hex(":"))

ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD!"
ba.extend(b"?")
ba.insert(0, 0x3E)
del ba[-1]
print(ba, ba.upper(), ba.find(b"WORLD"), ba.count(b"l"), ba.decode().split())
print(ba.pop(), ba.replace(b"l", b"L"), ba[::2], list(ba[:3]), ba.startswith(b">H"))
ba.reverse()
print(ba, len(ba), bytes(ba) == ba, b"abc" < b"abd", b"\x00\xff" + bytes(3))
print(bytes.fromhex("de ad be ef"), bytes(range(65, 70)), b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b"Hello".ljust(8, b"."), b"  x  ".strip(), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"%s=%d %x" % (b"k", 42, 255), memoryview(b"abcdef")[1:4].tobytes(), memoryview(bytearray(b"zz")).readonly)
mv = memoryview(bytearray(b"abcdef"))
mv[0] = ord("Z")
print(mv.obj, mv[2], mv.nbytes, mv.tolist()[:3])
print("naïve café".encode("utf-8"), "naïve".encode("latin-1"), b"caf\xc3\xa9".decode(), "€".encode("utf-16-le"))
print(b"\xff".decode("utf-8", errors="replace"), b"a\xffb".decode("ascii", "ignore"), "ü".encode("ascii", "xmlcharrefreplace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    struct.pack("<H", 70000)
except struct.error as e:
    print("struct.error:", e)
try:
    RECORD.unpack(b"short")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack(">q", -1).hex(), struct.unpack("<d", struct.pack("<d", 0.1)), struct.pack("?x3s", True, b"ab"))
print(zlib.adler32(b"abc"), len(zlib.compress(b"a" * 1000)), zlib.decompress(zlib.compress(b"round trip")))
import base64, binascii
enc = base64.b64encode(blob[:10])
print(enc, base64.b64decode(enc) == blob[:10], base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"hi"))
print(binascii.hexlify(b"ab", "-"), binascii.crc32(b"abc"), base64.b32encode(b"hello"))
