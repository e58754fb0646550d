"""Frame messages into a byte stream (bytearray built by helpers), parse it back, and report a crash via
sys.excepthook."""
import struct
import sys
import zlib

MAGIC = b"\xca\xfe"


def put_varint(out, n):
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out += bytes([byte | 0x80])
        else:
            out += bytes([byte])
            return


def get_varint(buf, pos):
    shift = value = 0
    while True:
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, pos
        shift += 7


def frame(out, kind, payload):
    body = bytearray()
    body += struct.pack(">B", kind)
    put_varint(body, len(payload))
    body += payload
    out += MAGIC
    out += body
    out += struct.pack(">I", zlib.crc32(body))


class FrameError(Exception):
    pass


def parse(stream):
    pos = 0
    while pos < len(stream):
        if stream[pos:pos + 2] != MAGIC:
            raise FrameError(f"bad magic at {pos}: {bytes(stream[pos:pos + 2])!r}")
        start = pos + 2
        kind = stream[start]
        length, p = get_varint(stream, start + 1)
        payload = bytes(stream[p:p + length])
        (crc,) = struct.unpack_from(">I", stream, p + length)
        if crc != zlib.crc32(stream[start:p + length]):
            raise FrameError(f"checksum mismatch in frame at {pos}")
        yield kind, payload
        pos = p + length + 4


stream = bytearray()
alias = stream
messages = [(1, b"hello"), (2, "héllo wörld".encode()), (3, b"x" * 300), (4, b"")]
for kind, payload in messages:
    frame(stream, kind, payload)
print(len(stream), alias is stream, len(alias), stream[:12].hex(" "))
for kind, payload in parse(stream):
    print(kind, len(payload), payload[:12])

varints = bytearray()
for n in (0, 1, 127, 128, 300, 16384, 2**35):
    put_varint(varints, n)
print(varints.hex(), [get_varint(varints, p)[0] for p in (0, 1, 2)])

grid = bytearray(b".") * 4
row = grid
row *= 2
print(grid, row is grid, len(grid))
buf = bytearray(b"ab")
buf += bytes(buf)
buf += memoryview(b"cd")
buf += bytearray(b"!")
print(buf)
try:
    buf += "text"
except TypeError as e:
    print("TypeError:", e)
saved = bytes(stream)
stream[-1] ^= 0xFF
try:
    list(parse(stream))
except FrameError as e:
    print("FrameError:", e)


def crash_report(exc_type, exc, tb):
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(f"CRASH {exc_type.__name__}: {exc} (frames: {' > '.join(frames)})", file=sys.stderr)


sys.excepthook = crash_report
print("parsing a corrupted copy", flush=True)
corrupt = bytearray(saved)
corrupt[0] = 0
for _ in parse(corrupt):
    pass
