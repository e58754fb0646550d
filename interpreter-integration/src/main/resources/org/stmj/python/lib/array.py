"""Typed arrays of numbers (storage in a list, values checked and converted per type code)."""
typecodes = 'bBuhHiIlLqQfd'
_ranges = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
           'i': (-2147483648, 2147483647), 'I': (0, 4294967295), 'l': (-9223372036854775808, 9223372036854775807),
           'L': (0, 18446744073709551615), 'q': (-9223372036854775808, 9223372036854775807),
           'Q': (0, 18446744073709551615)}
_little = __import__('sys').byteorder == 'little'
_sizes = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}


class array:
    # no instance dict, as the C type's ('array.array' object has no attribute 'x')
    __slots__ = ('typecode', 'itemsize', '_a', '__weakref__')

    def __init__(self, typecode, initializer=()):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self.itemsize = _sizes[typecode]
        self._a = []
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._a = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self.extend(initializer)

    def _fmt(self, n):
        return '@%d%s' % (n, self.typecode)

    def tobytes(self):
        """The items as machine values (native sizes and byte order), as CPython's array."""
        if self.typecode == 'u':
            return ''.join(self._a).encode('utf-32-le' if _little else 'utf-32-be')
        import struct
        return struct.pack(self._fmt(len(self._a)), *self._a)

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        if self.typecode == 'u':
            self._a.extend(data.decode('utf-32-le' if _little else 'utf-32-be'))
            return
        import struct
        self._a.extend(struct.unpack(self._fmt(len(data) // self.itemsize), data))

    def _stmj_nbytes(self):
        return len(self._a) * self.itemsize

    def _stmj_setbytes(self, data):
        """readinto's store: the first len(data) bytes of the array's machine representation replaced."""
        n = len(data) // self.itemsize
        if n:
            import struct
            self._a[:n] = struct.unpack(self._fmt(n), bytes(data[:n * self.itemsize]))

    def _conv(self, v):
        tc = self.typecode
        if tc in 'fd':
            if not isinstance(v, (int, float)):
                # C's "f"/"d" argument conversion: anything with __float__ or __index__ (Fraction, Decimal)
                t = type(v)
                if not (hasattr(t, '__float__') or hasattr(t, '__index__')):
                    raise TypeError("must be real number, not %s" % t.__name__)
            v = float(v)
            return _to_float32(v) if tc == 'f' else v
        if tc == 'u':
            return v
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        lo, hi = _ranges[tc]
        if not lo <= v <= hi:
            raise OverflowError(_overflow_message(tc, v))
        return v

    def append(self, v):
        self._a.append(self._conv(v))

    def extend(self, it):
        if isinstance(it, array) and it.typecode != self.typecode:
            raise TypeError("can only extend with array of same kind")
        for v in it:
            self._a.append(self._conv(v))

    def insert(self, i, v):
        self._a.insert(i, self._conv(v))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError("pop from empty array")
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=__import__('sys').maxsize):
        try:
            return self._a.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def tolist(self):
        return list(self._a)

    def byteswap(self):
        """Reverses the bytes of every item (1-byte items are left alone), as CPython's array.byteswap."""
        if self.itemsize == 1:
            return
        if self.typecode == 'u':
            raise RuntimeError("don't know how to byteswap this array type")
        import struct
        n = len(self._a)
        if n:
            order = '>' if _little else '<'
            data = struct.pack('%s%d%s' % (order, n, {'l': 'q', 'L': 'Q'}.get(self.typecode, self.typecode)), *self._a)
            self._a[:] = struct.unpack(self._fmt(n), data)

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._a)

    def fromunicode(self, s):
        if self.typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._a.extend(s)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self.extend(lst)

    def buffer_info(self):
        return (id(self), len(self._a))

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        # the list's own iterator (it also sees items appended while it runs): a Python-level arrayiterator with
        # CPython's name and pickling cost 2.3x on every loop over an array (arity28), so the type name differs
        return iter(self._a)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return array(self.typecode, self._a[i])
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._a[i] = [self._conv(x) for x in v]
        else:
            try:
                self._a[i] = self._conv(v)
            except IndexError:
                raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        del self._a[i]

    def __contains__(self, v):
        return v in self._a

    def __eq__(self, other):
        if isinstance(other, array):
            return self._a == other._a
        return NotImplemented

    # the sequence comparisons of arraymodule.c's array_richcompare, between arrays only
    def __ne__(self, other):
        if isinstance(other, array):
            return self._a != other._a
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, array):
            return self._a < other._a
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, array):
            return self._a <= other._a
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, array):
            return self._a > other._a
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, array):
            return self._a >= other._a
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"%s\") to array" % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        return array(self.typecode, self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend array with array (not \"%s\")" % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("can only extend with array of same kind")
        self._a.extend(other._a)
        return self

    def __mul__(self, n):
        return array(self.typecode, self._a * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a *= n
        return self

    def __repr__(self):
        if not self._a:
            return "array('%s')" % self.typecode
        if self.typecode == 'u':
            return "array('u', %r)" % ''.join(self._a)
        return "array('%s', %r)" % (self.typecode, self._a)

    __hash__ = None


ArrayType = array


_f32 = None


def _to_float32(v):
    """The value a C float holds after (float)v: rounded to single precision, infinite beyond its range."""
    global _f32
    if _f32 is None:
        import struct
        _f32 = struct.Struct('f')
    try:
        return _f32.unpack(_f32.pack(v))[0]
    except OverflowError:
        return float('inf') if v > 0 else float('-inf')


def _overflow_message(tc, v):
    """CPython's message for an item out of the typecode's range: the C conversions arraymodule.c goes through,
    in its order (to C long, then short or int, then the item's own type)."""
    if tc in 'bBhHil' and not -2 ** 63 <= v < 2 ** 63:
        return "Python int too large to convert to C long"
    if tc in 'bh':
        if v < -32768:
            return "signed short integer is less than minimum"
        if v > 32767:
            return "signed short integer is greater than maximum"
        return "signed char is less than minimum" if v < 0 else "signed char is greater than maximum"
    if tc == 'B':
        return "unsigned byte integer is less than minimum" if v < 0 else "unsigned byte integer is greater than maximum"
    if tc in 'Hi':
        if v < -2 ** 31:
            return "signed integer is less than minimum"
        if v >= 2 ** 31:
            return "signed integer is greater than maximum"
        return "unsigned short is less than minimum" if v < 0 else "unsigned short is greater than maximum"
    if tc in 'IL':
        if v < 0:
            return "can't convert negative value to unsigned int"
        if v >= 2 ** 64:
            return "Python int too large to convert to C unsigned long"
        return "unsigned int is greater than maximum"
    if tc == 'Q' and v < 0:
        return "can't convert negative int to unsigned"
    return "int too big to convert"


import _stmj  # noqa: E402
_stmj.c_type_name(array, 'array.array')
del _stmj
