"""File-integrity manifest: hashlib, hmac, base64, binascii over in-memory 'files'."""
import base64
import binascii
import hashlib
import hmac
import zlib

FILES = {
    "README.md": b"# Project\n\nA small project.\n",
    "src/main.py": b"print('hello')\n" * 3,
    "data/blob.bin": bytes(range(256)),
    "empty.txt": b"",
}


def manifest(files, algo="sha256"):
    rows = []
    for name in sorted(files):
        data = files[name]
        h = hashlib.new(algo, data)
        rows.append((name, len(data), h.hexdigest()[:16], zlib.crc32(data), binascii.crc_hqx(data, 0)))
    return rows


for algo in ("md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256"):
    h = hashlib.new(algo)
    print(f"{algo:9} digest_size={h.digest_size:3} block_size={h.block_size:4} name={h.name}")

for name, size, digest, crc, hqx in manifest(FILES):
    print(f"{name:15} {size:5d} {digest} crc32={crc:08x} hqx={hqx:04x}")

h = hashlib.sha256()
for chunk in (b"abc", b"def", b"ghi"):
    h.update(chunk)
c = h.copy()
c.update(b"!")
print(h.hexdigest() == hashlib.sha256(b"abcdefghi").hexdigest(), c.hexdigest()[:12])
print(hashlib.blake2b(b"data", digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=16).hex())
print(hashlib.sha256(b"abc").digest()[:4])

key = b"secret-key"
msg = b"amount=100&to=alice"
sig = hmac.new(key, msg, "sha256").hexdigest()
print("sig", sig[:20], hmac.compare_digest(sig, hmac.new(key, msg, hashlib.sha256).hexdigest()))
print("digest", hmac.digest(key, msg, "md5").hex())

raw = "héllo wörld ✓".encode()
for enc, dec in ((base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)):
    e = enc(raw)
    print(f"{enc.__name__:18} {e.decode()[:30]:30} {dec(e) == raw}")
print(binascii.hexlify(b"\x01\xff", "-"), binascii.unhexlify("cafe"), b"\xde\xad".hex(":", 1))
for bad in ("abc", "a=b=", "!!!!"):
    try:
        base64.b64decode(bad, validate=True)
    except binascii.Error as e:
        print("b64 error:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("fromhex:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("new:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("type:", e)
print(base64.encodebytes(bytes(range(60))).decode().count("\n"))
