# binascii: uuencode and hexlify with a separator (Java BinasciiModule)
import binascii
for d in [b"", b"a", b"abc", b"hello world!" * 3]:
    u = binascii.b2a_uu(d); print(u, binascii.a2b_uu(u) == d, binascii.b2a_uu(d, backtick=True))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", ".", -2))
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"\n"))
for bad in [lambda: binascii.b2a_uu(b"x" * 46), lambda: binascii.a2b_uu(b"!!!!!trailing"), lambda: binascii.crc_hqx(b"x")]:
    try:
        bad()
    except (binascii.Error, TypeError) as e:
        print(type(e).__name__)
