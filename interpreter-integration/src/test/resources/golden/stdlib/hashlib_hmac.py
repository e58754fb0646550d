# hashlib over java.security.MessageDigest (MD5, SHA-1, SHA-2, SHA-3) and the interpreter's own BLAKE2 and SHAKE;
# hmac and pbkdf2_hmac over javax.crypto.Mac.
import hashlib
import hmac

msgs = [b"", b"abc", b"a" * 200, bytes(range(256)) * 5]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
             "sha3_512", "blake2b", "blake2s"]:
    for m in msgs:
        h = hashlib.new(name, m)
        assert h.hexdigest() == getattr(hashlib, name)(m).hexdigest()
        assert h.digest().hex() == h.hexdigest()
    print(name, h.name, h.digest_size, h.block_size, hashlib.new(name, b"abc").hexdigest())
for name in ["shake_128", "shake_256"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(40).hex())
print("SHA256 by upper-case name", hashlib.new("SHA256", b"x").hexdigest()[:16])
# incremental updates, copies, memoryview and bytearray input
h = hashlib.sha256()
for i in range(300):
    h.update(bytes([i % 256]) * i)
c = h.copy()
c.update(b"more")
print("incremental", h.hexdigest(), c.hexdigest() != h.hexdigest())
print("buffers", hashlib.md5(bytearray(b"abc")).hexdigest() == hashlib.md5(memoryview(b"abc")).hexdigest())
for b in [hashlib.blake2b(b"abc", digest_size=20, key=b"secret", salt=b"salt", person=b"me"),
          hashlib.blake2s(b"abc", digest_size=16, key=b"k" * 32, salt=b"saltsalt", person=b"person!!"),
          hashlib.blake2b(b"x" * 1000, fanout=2, depth=3, leaf_size=4096, node_offset=7, node_depth=1,
                          inner_size=32, last_node=True),
          hashlib.blake2s(b"y" * 64, node_offset=5, last_node=True)]:
    print(b.name, b.digest_size, b.hexdigest())
print("blake2 constants", hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE,
      hashlib.blake2s.MAX_DIGEST_SIZE)
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nosuchhash"),
            lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("guaranteed", sorted(hashlib.algorithms_guaranteed))
for d in ["md5", "sha1", "sha256", "sha512", hashlib.sha384, "sha3_256"]:
    m = hmac.new(b"key", b"The message", d)
    m2 = m.copy()
    m2.update(b" and more")
    print("hmac", m.name, m.digest_size, m.block_size, m.hexdigest(), m2.hexdigest()[:16])
print("hmac long key", hmac.new(b"k" * 200, b"msg", "sha256").hexdigest())
print("hmac.digest", hmac.digest(b"key", b"msg", "sha1").hex())
print("compare_digest", hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest("abc", "abc"))
print("pbkdf2", hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(),
      hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 40).hex())
