"""A binary packet codec: struct layouts, checksums, base64/binascii transport, hashlib/hmac signing."""
import base64
import binascii
import hashlib
import hmac
import struct
import zlib

HEADER = struct.Struct("!4sBBHI")  # magic, version, flags, length, seq


def encode(seq, payload, flags=0):
    head = HEADER.pack(b"PKT1", 2, flags, len(payload), seq)
    crc = zlib.crc32(head + payload)
    return head + payload + struct.pack("<I", crc)


def decode(blob):
    magic, ver, flags, length, seq = HEADER.unpack_from(blob)
    payload = blob[HEADER.size:HEADER.size + length]
    (crc,) = struct.unpack_from("<I", blob, HEADER.size + length)
    ok = crc == zlib.crc32(blob[:HEADER.size + length])
    return magic, ver, flags, seq, payload, ok


pkt = encode(7, b"hello\x00world", flags=3)
print(HEADER.size, HEADER.format, len(pkt), pkt.hex(" ", 4))
print(decode(pkt))
bad = bytearray(pkt)
bad[10] ^= 0xFF
print(decode(bytes(bad))[-1])
print(struct.calcsize("@bhiq"), struct.calcsize("=bhiq"), struct.calcsize("<?xcs5p"), struct.calcsize("3s2H"))
print(struct.pack(">hHf", -2, 65535, 1.5), struct.pack("<q", -1), struct.pack("e", 0.1), struct.pack("?", 5))
print(struct.unpack(">d", struct.pack(">d", 0.1)), struct.unpack("<2h", b"\x01\x00\xff\xff"))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")), struct.pack("5p", b"abcdefg"))
buf = bytearray(8)
struct.pack_into(">HI", buf, 1, 0xABCD, 0xDEADBEEF)
print(buf, struct.unpack("10s", b"short".ljust(10, b"\0")))
for fmt, args in [(">h", (40000,)), ("<I", (-1,)), ("b", (200,)), ("c", (b"ab",)), ("2i", (1,)), ("?x", ()), ("z", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", fmt, e)
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("struct.error:", e)

data = bytes(range(0, 256, 15))
print(base64.b64encode(data), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi!"), base64.b16encode(b"\x01\xab"))
print(base64.b64decode(b"aGVsbG8="), base64.b64decode("aGVsbG8"+ "=" * 1), base64.b85encode(b"hello"), base64.a85encode(b"hello"))
print(base64.standard_b64decode(b"////"), base64.b32decode(b"NBUSC==="), base64.encodebytes(b"x" * 60))
try:
    base64.b64decode(b"abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode(b"ab!c", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xff", "-"), binascii.unhexlify("DEADbeef"), binascii.crc32(b"abc"), binascii.crc_hqx(b"abc", 0))
print(binascii.b2a_base64(b"xyz"), binascii.a2b_base64(b"eHl6\n"), binascii.b2a_hex(b"ab", b":", 1))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(bytes.fromhex("de ad  be ef"), bytearray.fromhex("00ff").hex(), (1024).to_bytes(4, "big"), int.from_bytes(b"\xff\xfe", "little", signed=True))

for name in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"abc")
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256()
for chunk in (b"hello ", b"world"):
    h.update(chunk)
c = h.copy()
c.update(b"!")
print(h.hexdigest()[:16], c.hexdigest()[:16], h.name, hashlib.sha256(b"hello world").digest()[:4])
print(hashlib.blake2b(b"x", digest_size=16, key=b"k", person=b"p").hexdigest(), hashlib.md5(usedforsecurity=False).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000, 16).hex(), hashlib.shake_128(b"x").hexdigest(8))
key = b"secret-key"
sig = hmac.new(key, pkt, "sha256")
print(sig.hexdigest()[:24], sig.name, sig.digest_size, hmac.compare_digest(sig.digest(), hmac.digest(key, pkt, "sha256")))
print(hmac.compare_digest("abc", "abd"), hmac.new(b"k", digestmod=hashlib.md5).hexdigest())
try:
    hmac.new(b"k")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
print(zlib.adler32(b"abc"), zlib.decompress(zlib.compress(b"aaaa" * 10, 9)), len(zlib.compress(b"aaaa" * 100)) < 40)
