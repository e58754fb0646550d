# zlib over java.util.zip: one-shot and streaming, the three containers (zlib, raw, gzip), checksums, errors;
# gzip on top (GzipFile over BytesIO reads through io.BufferedReader).
import gzip
import io
import zlib

data = b"The quick brown fox jumps over the lazy dog. " * 200
print("crc32", zlib.crc32(data), zlib.crc32(b""), zlib.crc32(b"abc", 12345), zlib.crc32(data[100:], zlib.crc32(data[:100])) == zlib.crc32(data))
print("adler32", zlib.adler32(data), zlib.adler32(b""), zlib.adler32(b"abc", 7))
for level in (0, 1, 6, 9, -1):
    c = zlib.compress(data, level)
    print("level", level, zlib.decompress(c) == data, c[:2].hex())
print("compressed bytes as zlib's", zlib.compress(b"hello hello hello hello").hex())
for wbits in (15, 9, -15, 31):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    out = co.compress(data[:1000]) + co.flush(zlib.Z_SYNC_FLUSH) + co.compress(data[1000:]) + co.flush()
    do = zlib.decompressobj(wbits)
    back = do.decompress(out + b"TRAILING")
    print("wbits", wbits, back == data, do.eof, do.unused_data, zlib.decompress(out, wbits) == data)
# automatic header detection
print("auto", zlib.decompress(zlib.compress(data, 6, 31), 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
# max_length and unconsumed_tail
do = zlib.decompressobj()
part = do.decompress(zlib.compress(data), 100)
print("max_length", len(part), len(do.unconsumed_tail) > 0)
rest = b""
while do.unconsumed_tail:
    rest += do.decompress(do.unconsumed_tail, 1000)
rest += do.flush()
print("rest", part + rest == data, do.eof)
# feeding one byte at a time
c = zlib.compress(data, 9, 31)
do = zlib.decompressobj(31)
out = b"".join(do.decompress(c[i:i + 1]) for i in range(len(c)))
print("bytewise", out == data, do.eof)
# dictionaries
zd = b"quick brown fox lazy dog"
co = zlib.compressobj(zdict=zd)
c = co.compress(data) + co.flush()
print("zdict", zlib.decompressobj(zdict=zd).decompress(c) == data)
for bad in (b"garbage!", zlib.compress(data)[:-5]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error:", e)
try:
    zlib.compress(data, 12)
except zlib.error as e:
    print("error:", e)
print("constants", zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE)
# gzip
g = gzip.compress(data, mtime=0)
print("gzip", gzip.decompress(g) == data, g[:4].hex())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"line one\n")
    f.write(b"line two\n" * 3)
raw = buf.getvalue()
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.readline(), f.read(8), f.readlines())
print("two members", gzip.decompress(gzip.compress(b"a") + gzip.compress(b"b")))
with gzip.open(io.BytesIO(raw), "rt") as f:
    print([line.strip() for line in f])
