"""A backup tool's encoding layer: binascii (hexlify with sep, crc32, crc_hqx, b2a_base64 newline, a2b errors,
unhexlify errors), base64 (standard, urlsafe, b32, b32hex, b16, b85, a85 with options, validate), hashlib
(md5/sha1/sha256/sha512/sha3/blake2b with digest_size/key/salt/person, shake with length, copy/update,
pbkdf2_hmac), hmac.compare_digest, and zlib (levels, wbits for gzip/raw, streaming compressobj/decompressobj,
unconsumed_tail, flush modes, crc32/adler32 chaining, errors)."""
import base64
import binascii
import hashlib
import hmac
import zlib

payload = ("backup-" * 40 + "end").encode() + bytes(range(256))
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"\x01\xab\xff\x10", "-"), binascii.hexlify(b"abcdef", b":", 2))
print(binascii.crc32(payload), binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(binascii.crc_hqx(b"123456789", 0), binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False))
print(binascii.a2b_base64(b"aGk=\n"), binascii.unhexlify("DEADbeef"), binascii.b2a_hex(b"\x00\x7f", " "))
for bad in [lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"),
            lambda: binascii.a2b_base64(b"a"), lambda: base64.b64decode("aGk", validate=True),
            lambda: base64.b64decode("a*Gk=", validate=True), lambda: base64.b32decode("abc"),
            lambda: base64.b85decode(b"|NsC0~"), lambda: base64.a85decode(b"<~abc", adobe=True)]:
    try:
        print(bad())
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(base64.b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64decode(b"+/+="),
      base64.urlsafe_b64decode("-_-="), base64.b64encode(b"x", altchars=b"-_"), base64.b64decode("aGk", validate=False) if False else "")
print(base64.b32encode(b"hello"), base64.b32hexencode(b"hello"), base64.b32decode("NBSWY3DP"), base64.b32decode("nbswy3dp", casefold=True))
print(base64.b16encode(b"\x00\xff"), base64.b16decode("00FF"), base64.b85encode(b"hello world"), base64.b85encode(b"\0" * 4))
print(base64.a85encode(b"hello world"), base64.a85encode(b"\0\0\0\0    ", foldspaces=True), base64.a85encode(b"abc", adobe=True))
print(base64.a85decode(base64.a85encode(payload, wrapcol=20)) == payload, base64.b85decode(base64.b85encode(payload, pad=True))[:4])
print(base64.encodebytes(payload[:60]), base64.standard_b64encode(b"ok"))
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name, payload)
    print(f"{name:9}", h.digest_size, h.block_size, h.hexdigest()[:32], h.name)
h = hashlib.sha256()
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest() == hashlib.sha256(b"part one, part two").hexdigest(), c.hexdigest()[:16])
print(hashlib.blake2b(b"data", digest_size=16).hexdigest(), hashlib.blake2b(b"data", key=b"k", salt=b"s", person=b"p").hexdigest()[:24])
print(hashlib.blake2s(b"data", digest_size=8).hexdigest(), hashlib.shake_128(b"data").hexdigest(10), hashlib.shake_256(b"x").hexdigest(5))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=16).hex(), hashlib.md5(b"", usedforsecurity=False).hexdigest())
mac = hmac.new(b"secret", b"message", hashlib.sha256)
print(mac.hexdigest(), hmac.digest(b"secret", b"message", "sha1").hex(), hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b"))
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
for level in [0, 1, 6, 9]:
    z = zlib.compress(payload, level)
    print(level, len(z), zlib.decompress(z) == payload, z[:2].hex())
gz = zlib.compress(payload, wbits=31)
raw = zlib.compress(payload, wbits=-15)
print(gz[:3].hex(), zlib.decompress(gz, wbits=31) == payload, zlib.decompress(raw, -15) == payload, zlib.decompress(gz, 47) == payload)
co = zlib.compressobj(6, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY)
chunks = [co.compress(payload[i:i + 100]) for i in range(0, len(payload), 100)]
chunks.append(co.flush(zlib.Z_SYNC_FLUSH))
chunks.append(co.flush())
stream = b"".join(chunks)
do = zlib.decompressobj()
out = do.decompress(stream[:50], 30)
print(len(out), len(do.unconsumed_tail) > 0, do.eof)
out += do.decompress(do.unconsumed_tail + stream[50:])
out += do.flush()
print(out == payload, do.eof, do.unused_data, zlib.crc32(payload), zlib.adler32(payload), zlib.adler32(b"b", zlib.adler32(b"a")))
for bad in [lambda: zlib.decompress(b"not compressed"), lambda: zlib.decompress(zlib.compress(b"abc")[:-3]),
            lambda: zlib.compress(b"x", 12)]:
    try:
        bad()
    except zlib.error as e:
        print("zlib.error:", e)
print(zlib.decompress(zlib.compress(b"abc") + b"junk") if False else zlib.decompressobj().decompress(zlib.compress(b"abc") + b"junk"))
