"""bytes %-formatting as a wire-protocol encoder uses it: %b (bytes and __bytes__ objects), %s on bytes only,
%a/%r ascii reprs, mapping keys that are bytes, and the TypeError for a str argument."""


class Token:
    def __bytes__(self):
        return b"<tok>"


print(b"%b|%s|%b" % (b"raw", bytearray(b"ba"), Token()))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, b"%a %r" % ("\xe9", b"x"), b"%5b|%-5s|" % (b"ab", b"cd"))
print(b"%c%c" % (65, b"B"), b"%x %o %.2f %05d" % (255, 8, 1.5, -42), bytearray(b"%s") % (memoryview(b"mv"),))
for fmt, args in [(b"%b", "text"), (b"%s", 3), (b"%c", 256), (b"%c", "x"), (b"%(k)s", {"k": b"v"}), (b"%y", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
