# str.encode and str(bytes, encoding) reach the codecs registry for codecs the Java charsets lack; pickle
# protocol 0 (raw-unicode-escape) works.
import pickle

s = "a\xe9\u1234\n\\"
print(s.encode("raw-unicode-escape"), s.encode("unicode_escape"))
print(str(s.encode("raw_unicode_escape"), "raw-unicode-escape") == s, str(b"a\\xe9", "unicode_escape"))
print(str(b"abc", "ascii"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"xy"), "latin-1"))
for bad in (lambda: "x".encode("no-such-codec"), lambda: str(b"x", "no-such-codec"), lambda: str("x", "utf-8")):
    try:
        bad()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
data = [{"k\xe9y": "v\u20ac"}, ("t", 1.5, None), {3, 4}, "line\nbreak"]
for proto in range(0, 6):
    print(proto, pickle.loads(pickle.dumps(data, proto)) == data)
