# str and bytes behaviour that CPython's string_tests check and ordinary programs meet: a start past the end
# finds nothing (not even ''), split(None, n) keeps the rest's trailing blanks, a negative '*' width
# left-justifies, bytearray's += and *= change the bytearray itself, an int outside 0..255 is never in bytes.
print('abc'.find('', 4), 'abc'.find('', 3), b'abc'.find(b'', 4), 'aaa'.count('', 10), b'aaa'.count(b'', 10), 'aaa'.count('', 3))
print('abc'.count('', 2, 1), 'abc'.find('', 2, 1), 'abc'.startswith('', 4), 'abc'.startswith('', 3), 'abc'.endswith(('x', ''), 2, 1), 'abc'.rfind('', 4))
print('  a    b   '.split(None, 1), b'  a    b   '.split(None, 1), '  a    b   '.rsplit(None, 1), b'  a    b   '.rsplit(None, 1))
print(b'%*b|' % (-5, b'abc'), '%*s|' % (-5, 'abc'), '%-*d|' % (-4, 7))
b = bytearray(b'abc'); b1 = b; b += b'def'; print(b, b1, b is b1)
b *= 2; print(b1, b is b1)
try:
    b += 'x'
except TypeError as e: print(e)
try:
    print(300 in b"abc")
except Exception as e: print(type(e).__name__, e)
print(97 in b"abc", b"b" in b"abc")


def show(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: every outcome is printed
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))


show("partition ''", lambda: "a,b".partition(""))
show("rpartition ''", lambda: "a,b".rpartition(""))
show("bytes partition b''", lambda: b"a,b".partition(b""))
show("translate to 0x110000", lambda: "abc".translate({97: 0x110000}))
show("translate to -1", lambda: "abc".translate({97: -1}))
show("translate ok", lambda: "abc".translate({97: 0x263A, 98: None}))
show("%-format huge width", lambda: "%99999999999f" % 3.2)
show("%-format width past ssize_t", lambda: ("%" + "9" * 25 + "f") % 3.2)
show("%-format huge precision", lambda: "%.99999999999f" % 3.2)
show("format huge index", lambda: ("{" + "9" * 30 + "}").format(1))
show("format index past args", lambda: "{2147483648}".format(1))
show("format index 1", lambda: "{1}".format(1))
