"""A line-based wire protocol encoder/decoder built on bytes: %-formatting of commands (PEP 461: %b, %s of
buffers and __bytes__, %d/%x/%c, %r/%a, mapping keys), bytes methods for parsing (split, partition, strip,
startswith with tuples, translate), bytearray buffers, and the TypeErrors a str argument gives."""


class Key:
    def __init__(self, name):
        self.name = name

    def __bytes__(self):
        return self.name.encode("ascii")


def command(verb, *args):
    parts = [b"%b" % verb]
    for a in args:
        if isinstance(a, int):
            parts.append(b":%d" % a)
        else:
            parts.append(b"$%d\r\n%s" % (len(bytes(a)), a))
    return b"*%d\r\n%b\r\n" % (len(args), b" ".join(parts))


print(command(b"SET", Key("user:1"), b"ann"))
print(command(b"INCRBY", Key("hits"), 42), command(b"PING"))
print(command(b"APPEND", bytearray(b"log"), memoryview(b"line")))
print(b"%(verb)b %(n)05d %(f).3f" % {b"verb": b"GET", b"n": 7, b"f": 2 / 3})
print(b"%x %X %#o %c%c %5.1f%%" % (255, 48879, 8, 10, b"!", 99.95))
print(b"%r %a %s" % ("caf\xe9", [1, "\u2603"], b"bytes"), b"%-6b|%6s|" % (b"ab", b"cd"))
print(bytearray(b"hdr:%s") % b"v", type(bytearray(b"%s") % b"x").__name__, b"%%" % ())


def parse(frame):
    head, _, rest = frame.partition(b"\r\n")
    if not head.startswith(b"*"):
        raise ValueError(f"bad frame head {head!r}")
    count = int(head[1:])
    line = rest.rstrip(b"\r\n")
    verb, *raw = line.split(b" ")
    out = []
    for r in raw:
        if r.startswith(b":"):
            out.append(int(r[1:]))
        else:
            n, _, data = r[1:].partition(b"\r\n")
            assert len(data) == int(n), (n, data)
            out.append(data)
    return verb, count, out


for f in [command(b"SET", Key("k"), b"v"), command(b"DEL", 5, 6), b"+OK\r\n"]:
    try:
        print(parse(f))
    except ValueError as e:
        print("ValueError:", e)

buf = bytearray()
for i in range(3):
    buf += b"%d," % i
buf.extend(b"end")
del buf[:2]
buf[0:1] = b"X"
print(buf, buf.rstrip(b"edn"), buf.count(b","), buf.find(b"end"), buf.index(b","), bytes(buf).upper())
tbl = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(tbl), b"hello".translate(None, b"l"), b"  pad  ".strip(), b"a,b,,c".split(b","))
print(b"key=val=x".partition(b"="), b"key=val=x".rpartition(b"="), b"line1\nline2\r\n".splitlines(keepends=True))
print(b"abc".startswith((b"x", b"ab")), b"data.bin".endswith(b".bin"), b"%s" % b"" == b"", b"Hello".swapcase())
print(b"abc".center(9, b"*"), b"42".zfill(5), b"ab".hex(), bytes.fromhex("6869"), b"x".join([b"a", bytearray(b"b")]))
for fmt, args in [(b"%s", "text"), (b"%b", 3.5), (b"%c", 300), (b"%c", "a"), (b"%d", b"1"), (b"%s %s", (b"a",)),
                  (b"%s", (b"a", b"b")), (b"%(x)s", {"x": b"1"}), (b"%z", 1), (b"%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    b"abc".split("b")
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"caf\xc3\xa9".decode(), "caf\xe9".encode("latin-1"), b"\xff".decode("utf-8", "replace"), b"ab" * 2 + b"c")
