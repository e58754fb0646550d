"""The codec registry and the codecs the encodings package builds on, for stmj. Strict UTF-8, Latin-1 and ASCII
use the interpreter's own str.encode/bytes.decode; error handlers and the other codecs are written here."""

def _err(cls, encoding, obj, start, end, reason):
    """A Unicode error with its attributes set (the interpreter's exceptions keep only args)."""
    e = cls(encoding, obj, start, end, reason)
    try:
        if getattr(e, 'object', None) is None:
            e.encoding, e.object, e.start, e.end, e.reason = encoding, obj, start, end, reason
    except AttributeError:
        pass
    return e


_search = []
_cache = {}
_errors = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search.append(search_function)


def unregister(search_function):
    if search_function in _search:
        _search.remove(search_function)
    _cache.clear()


def _normalize(encoding):
    """The name the search functions see, as CPython's _Py_normalize_encoding: ASCII letters, digits and dots
    lower-cased, every run of other characters (non-ASCII ones too) one '_', none at either end."""
    out = []
    punct = False
    for c in encoding:
        if c.isascii() and (c.isalnum() or c == '.'):
            if punct and out:
                out.append('_')
            punct = False
            out.append(c.lower())
        else:
            punct = True
    return ''.join(out)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    r = _cache.get(key)
    if r is not None:
        return r
    if not _search:
        import encodings  # registers the standard search function, as CPython does at start-up
    for f in _search:
        r = f(key)
        if r is not None:
            if not isinstance(r, tuple) or len(r) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = r
            return r
    raise LookupError("unknown encoding: %s" % encoding)


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


# Exceptions that carry state of their own besides args: CPython does not wrap them (their size differs from
# BaseException's, or their __init__/__new__ is not BaseException's).
_UNWRAPPABLE = (OSError, SyntaxError, UnicodeError, StopIteration, StopAsyncIteration, SystemExit, ImportError,
                AttributeError, NameError, BaseExceptionGroup)


def _wrapped(exc, operation, encoding):
    """The exception CPython raises for exc raised by a codec: a new one of the same type that says what failed
    ("encoding with 'x' codec failed (RuntimeError: msg)"), or exc itself when its type or state could not be
    rebuilt from a message alone (an __init__ or __new__ of its own, slots, instance attributes, arguments other
    than one str)."""
    t = type(exc)
    if isinstance(exc, _UNWRAPPABLE):
        return exc
    for k in t.__mro__:
        if k is BaseException:
            break
        if k.__module__ == 'builtins':
            continue
        d = k.__dict__
        if '__init__' in d or '__new__' in d:
            return exc
        slots = d.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        if any(x != '__weakref__' for x in slots):
            return exc
    if getattr(exc, '__dict__', None):
        return exc
    args = exc.args
    if len(args) > 1 or (args and not isinstance(args[0], str)):
        return exc
    try:
        new = t("%s with %r codec failed (%s: %s)" % (operation, encoding, t.__name__, exc))
    except Exception:
        return exc
    return new.with_traceback(exc.__traceback__)


def _call_codec(f, obj, errors, operation, encoding):
    try:
        r = f(obj, errors)
    except Exception as e:
        w = _wrapped(e, operation, encoding)
        if w is e:
            raise
        raise w from e
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("%s must return a tuple (object, integer)" % ('encoder' if operation == 'encoding'
                                                                     else 'decoder'))
    return r[0]


def encode(obj, encoding='utf-8', errors='strict'):
    return _call_codec(lookup(encoding)[0], obj, errors, 'encoding', encoding)


def decode(obj, encoding='utf-8', errors='strict'):
    return _call_codec(lookup(encoding)[1], obj, errors, 'decoding', encoding)


def _text_codec(encoding, function):
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (encoding, function))
    return info


# The encodings str.encode and bytes.decode run in C without the registry (PyUnicode_AsEncodedString's and
# PyUnicode_Decode's fast paths), so their exceptions (an unknown error handler's LookupError) are not wrapped.
_FAST_ENCODE = frozenset(('utf-8', 'utf8', 'latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'ascii', 'us-ascii'))
_FAST_DECODE = _FAST_ENCODE | frozenset(('utf-16', 'utf-32'))


def _fast(encoding, names):
    return isinstance(encoding, str) and encoding.lower().replace('_', '-') in names


def _encode_str(s, encoding, errors):
    """str.encode through the codec registry (the interpreter's own encoders could not do it): text encodings
    only, and the result must be bytes."""
    if _fast(encoding, _FAST_ENCODE):
        return _text_codec(encoding, 'encode')[0](s, errors)[0]
    r = _call_codec(_text_codec(encoding, 'encode')[0], s, errors, 'encoding', encoding)
    if not isinstance(r, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to "
                        "arbitrary types" % (encoding, type(r).__name__))
    return r


def _decode_bytes(b, encoding, errors):
    """bytes.decode through the codec registry: text encodings only, and the result must be a str."""
    if _fast(encoding, _FAST_DECODE):
        return _text_codec(encoding, 'decode')[1](b, errors)[0]
    r = _call_codec(_text_codec(encoding, 'decode')[1], b, errors, 'decoding', encoding)
    if not isinstance(r, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to "
                        "arbitrary types" % (encoding, type(r).__name__))
    return r


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _errors[name] = handler


def lookup_error(name):
    h = _errors.get(name)
    if h is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return h


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    return ('' if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)) else '', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('\ufffd' * (exc.end - exc.start), exc.end)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    out = []
    for c in exc.object[exc.start:exc.end]:
        o = ord(c)
        if o < 0x100:
            out.append('\\x%02x' % o)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return (''.join(out), exc.end)


def xmlcharrefreplace_errors(exc):
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    try:
        import unicodedata
        return (''.join('\\N{%s}' % unicodedata.name(c) for c in exc.object[exc.start:exc.end]), exc.end)
    except Exception:
        return backslashreplace_errors(exc)


def surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        if any(b < 128 for b in bad):
            raise exc  # only non-ASCII bytes can be smuggled through as lone surrogates
        return (''.join(chr(0xdc00 + b) for b in bad), exc.end)
    if isinstance(exc, UnicodeEncodeError):
        # lone surrogates U+DC80..U+DCFF stand for the bytes 0x80..0xFF that a decoder could not read
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            if not 0xdc80 <= o <= 0xdcff:
                raise exc
            out.append(o - 0xdc00)
        return (bytes(out), exc.end)
    raise exc


def _surrogate_codec(encoding):
    """(unit size, byte order) of a UTF codec name for surrogatepass, or None."""
    e = encoding.lower().replace('_', '-')
    if e in ('utf-8', 'utf8'):
        return (3, None)
    for width in (16, 32):
        base = 'utf-%d' % width
        if e in (base, 'utf%d' % width):
            return (width // 8, 'little')
        if e in (base + '-le', 'utf%dle' % width, base + 'le'):
            return (width // 8, 'little')
        if e in (base + '-be', 'utf%dbe' % width, base + 'be'):
            return (width // 8, 'big')
    return None


def surrogatepass_errors(exc):
    """Lone surrogates written (or read) as the UTF codec would write any other code point."""
    kind = _surrogate_codec(getattr(exc, 'encoding', '') or '')
    if kind is None:
        raise exc
    size, order = kind
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            if not 0xd800 <= o <= 0xdfff:
                raise exc
            if order is None:
                out += bytes([0xe0 | (o >> 12), 0x80 | ((o >> 6) & 0x3f), 0x80 | (o & 0x3f)])
            else:
                out += o.to_bytes(size, order)
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        b = exc.object[exc.start:exc.start + size]
        if len(b) == size:
            if order is None:
                if b[0] & 0xf0 == 0xe0 and b[1] & 0xc0 == 0x80 and b[2] & 0xc0 == 0x80:
                    o = ((b[0] & 0x0f) << 12) | ((b[1] & 0x3f) << 6) | (b[2] & 0x3f)
                else:
                    o = 0
            else:
                o = int.from_bytes(b, order)
            if 0xd800 <= o <= 0xdfff:
                return (chr(o), exc.start + size)
    raise exc


for _n, _h in (('strict', strict_errors), ('ignore', ignore_errors), ('replace', replace_errors),
               ('backslashreplace', backslashreplace_errors), ('xmlcharrefreplace', xmlcharrefreplace_errors),
               ('namereplace', namereplace_errors), ('surrogateescape', surrogateescape_errors),
               ('surrogatepass', surrogatepass_errors)):
    _errors[_n] = _h


def _encode_chars(s, errors, limit, name):
    """Encodes s to a single-byte charset of the first `limit` code points, with error handlers."""
    if errors == 'strict' or errors is None:
        for i, c in enumerate(s):
            if ord(c) >= limit:
                raise _err(UnicodeEncodeError, name, s, i, i + 1,
                                         "ordinal not in range(%d)" % limit)
        return bytes([ord(c) for c in s])
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        o = ord(s[i])
        if o < limit:
            out.append(o)
            i += 1
            continue
        j = i + 1
        while j < n and ord(s[j]) >= limit:
            j += 1
        exc = _err(UnicodeEncodeError, name, s, i, j, "ordinal not in range(%d)" % limit)
        rep, pos = lookup_error(errors)(exc)
        if isinstance(rep, str):
            for c in rep:
                if ord(c) >= limit:
                    raise exc
            out += rep.encode('latin-1')
        else:
            out += rep
        i = pos if pos >= 0 else n + pos
    return bytes(out)


def ascii_encode(s, errors=None):
    return (_encode_chars(s, errors, 128, 'ascii'), len(s))


def latin_1_encode(s, errors=None):
    return (_encode_chars(s, errors, 256, 'latin-1'), len(s))


def _decode_single(data, errors, limit, name):
    data = bytes(data)
    if limit == 256:
        return ''.join(map(chr, data))
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b < limit:
            out.append(chr(b))
            i += 1
            continue
        exc = _err(UnicodeDecodeError, name, data, i, i + 1, "ordinal not in range(%d)" % limit)
        if errors in (None, 'strict'):
            raise exc
        rep, pos = lookup_error(errors)(exc)
        out.append(rep)
        i = pos
    return ''.join(out)


def ascii_decode(data, errors=None, final=False):
    return (_decode_single(data, errors, 128, 'ascii'), len(data))


def latin_1_decode(data, errors=None, final=False):
    return (_decode_single(data, errors, 256, 'latin-1'), len(data))


def utf_8_encode(s, errors=None):
    try:
        return (s.encode('utf-8'), len(s))
    except UnicodeEncodeError:
        if errors in (None, 'strict'):
            raise
    out = bytearray()
    for i, c in enumerate(s):
        if 0xd800 <= ord(c) < 0xe000:
            if errors == 'surrogateescape' and 0xdc80 <= ord(c) < 0xdd00:
                out.append(ord(c) - 0xdc00)
            elif errors == 'surrogatepass':
                o = ord(c)
                out += bytes([0xe0 | (o >> 12), 0x80 | ((o >> 6) & 0x3f), 0x80 | (o & 0x3f)])
            else:
                rep, _ = lookup_error(errors)(_err(UnicodeEncodeError, 'utf-8', s, i, i + 1, 'surrogates not allowed'))
                out += rep.encode('utf-8') if isinstance(rep, str) else rep
        else:
            out += c.encode('utf-8')
    return (bytes(out), len(s))


def _utf8_len(b):
    if b < 0x80:
        return 1
    if 0xc2 <= b <= 0xdf:
        return 2
    if 0xe0 <= b <= 0xef:
        return 3
    if 0xf0 <= b <= 0xf4:
        return 4
    return 0


def _utf8_prefix(data, i, end):
    """How many bytes from data[i] (below end) start a valid UTF-8 sequence: its lead byte and the continuation
    bytes that are allowed after it (no overlong forms, no surrogates, nothing above U+10FFFF)."""
    b = data[i]
    need = _utf8_len(b)
    if need < 2:
        return need
    lo, hi = 0x80, 0xbf
    if b == 0xe0:
        lo = 0xa0
    elif b == 0xed:
        hi = 0x9f
    elif b == 0xf0:
        lo = 0x90
    elif b == 0xf4:
        hi = 0x8f
    k = 1
    while k < need and i + k < end:
        c = data[i + k]
        if not (lo <= c <= hi if k == 1 else 0x80 <= c <= 0xbf):
            break
        k += 1
    return k


def utf_8_decode(data, errors=None, final=False):
    data = bytes(data)
    n = len(data)
    end = n
    if not final:
        # keep an incomplete but so far valid sequence at the end for the next call
        k = n - 1
        while k >= 0 and k >= n - 3 and 0x80 <= data[k] < 0xc0:
            k -= 1
        if k >= 0 and k >= n - 3:
            need = _utf8_len(data[k])
            # (a truncated surrogate, ED A0..BF, too: surrogatepass may complete it, as in CPython)
            if need > 1 and k + need > n and (_utf8_prefix(data, k, n) == n - k
                                              or data[k] == 0xed and n - k == 2 and data[k + 1] >= 0xa0):
                end = k
    chunk = data[:end]
    try:
        return (chunk.decode('utf-8'), end)
    except UnicodeDecodeError:
        pass
    out = []
    i = 0
    while i < end:
        b = chunk[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        need = _utf8_len(b)
        k = _utf8_prefix(data, i, n)
        if need > 1 and k == need:
            out.append(chunk[i:i + need].decode('utf-8'))
            i += need
            continue
        if need == 0:
            reason, j = 'invalid start byte', i + 1
        elif i + k == n:
            reason, j = 'unexpected end of data', n
        else:
            reason, j = 'invalid continuation byte', i + k
        exc = _err(UnicodeDecodeError, 'utf-8', data, i, j, reason)
        i = _decode_error(exc, errors, out, n)
    return (''.join(out), end)


def _decode_error(exc, errors, out, n):
    """A decoding error: raised under 'strict', else the handler's replacement is appended to out and the
    position to go on from is returned (a negative one counts from the end of the n input bytes)."""
    if errors in (None, 'strict'):
        raise exc
    rep, i = lookup_error(errors)(exc)
    out.append(rep)
    return i + n if i < 0 else i


def _utf_name(width, byteorder):
    return 'utf-%d%s' % (width, '' if byteorder == 0 else '-le' if byteorder < 0 else '-be')


def _utf_units(s, errors, width, byteorder):
    """UTF-16 (width 16) or UTF-32 (width 32) encoding of s, little-endian unless byteorder > 0, without a BOM.
    Lone surrogates go to the error handler (a str replacement must be ASCII; bytes are copied)."""
    order = 'big' if byteorder > 0 else 'little'
    size = width // 8
    out = bytearray()
    handler = None
    i = 0
    n = len(s)
    while i < n:
        o = ord(s[i])
        if not 0xd800 <= o <= 0xdfff:
            if width == 16 and o >= 0x10000:
                out += (0xd800 | ((o - 0x10000) >> 10)).to_bytes(2, order)
                out += (0xdc00 | ((o - 0x10000) & 0x3ff)).to_bytes(2, order)
            else:
                out += o.to_bytes(size, order)
            i += 1
            continue
        j = i + 1
        while j < n and 0xd800 <= ord(s[j]) <= 0xdfff:
            j += 1
        exc = _err(UnicodeEncodeError, _utf_name(width, byteorder), s, i, j, 'surrogates not allowed')
        if errors in (None, 'strict'):
            raise exc
        if handler is None:
            handler = lookup_error(errors)
        rep, pos = handler(exc)
        if isinstance(rep, str):
            for c in rep:
                if ord(c) >= 128:
                    raise exc
                out += ord(c).to_bytes(size, order)
        else:
            if len(rep) % size:
                raise exc
            out += rep
        i = pos if pos >= 0 else n + pos
    return bytes(out)


def utf_16_encode(s, errors=None, byteorder=0):
    data = _utf_units(s, errors, 16, byteorder)
    return ((b'\xff\xfe' + data) if byteorder == 0 else data, len(s))


def utf_16_le_encode(s, errors=None):
    return utf_16_encode(s, errors, -1)


def utf_16_be_encode(s, errors=None):
    return utf_16_encode(s, errors, 1)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    data = bytes(data)
    n = len(data)
    i = 0
    if byteorder == 0 and n >= 2:
        if data[:2] == b'\xff\xfe':
            byteorder, i = -1, 2
        elif data[:2] == b'\xfe\xff':
            byteorder, i = 1, 2
    le = byteorder <= 0
    name = 'utf-16-le' if le else 'utf-16-be'
    out = []
    while i < n:
        if i + 2 > n:
            if not final:
                break
            reason, end = 'truncated data', n
        else:
            u = data[i] | (data[i + 1] << 8) if le else (data[i] << 8) | data[i + 1]
            if not 0xd800 <= u <= 0xdfff:
                out.append(chr(u))
                i += 2
                continue
            if u >= 0xdc00:
                reason, end = 'illegal encoding', i + 2
            elif i + 4 > n:
                if not final:
                    break
                reason, end = 'unexpected end of data', n
            else:
                u2 = data[i + 2] | (data[i + 3] << 8) if le else (data[i + 2] << 8) | data[i + 3]
                if 0xdc00 <= u2 <= 0xdfff:
                    out.append(chr(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00)))
                    i += 4
                    continue
                reason, end = 'illegal UTF-16 surrogate', i + 2
        exc = _err(UnicodeDecodeError, name, data, i, end, reason)
        i = _decode_error(exc, errors, out, n)
    return (''.join(out), i, byteorder)


def utf_16_decode(data, errors=None, final=False):
    r = utf_16_ex_decode(data, errors, 0, final)
    return r[0], r[1]


def utf_16_le_decode(data, errors=None, final=False):
    r = utf_16_ex_decode(data, errors, -1, final)
    return r[0], r[1]


def utf_16_be_decode(data, errors=None, final=False):
    r = utf_16_ex_decode(data, errors, 1, final)
    return r[0], r[1]


def utf_32_encode(s, errors=None, byteorder=0):
    data = _utf_units(s, errors, 32, byteorder)
    return ((b'\xff\xfe\x00\x00' + data) if byteorder == 0 else data, len(s))


def utf_32_le_encode(s, errors=None):
    return utf_32_encode(s, errors, -1)


def utf_32_be_encode(s, errors=None):
    return utf_32_encode(s, errors, 1)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    data = bytes(data)
    n = len(data)
    i = 0
    if byteorder == 0 and n >= 4:
        if data[:4] == b'\xff\xfe\x00\x00':
            byteorder, i = -1, 4
        elif data[:4] == b'\x00\x00\xfe\xff':
            byteorder, i = 1, 4
    order = 'big' if byteorder > 0 else 'little'
    name = 'utf-32-be' if byteorder > 0 else 'utf-32-le'
    out = []
    while i < n:
        if i + 4 > n:
            if not final:
                break
            reason, end = 'truncated data', n
        else:
            cp = int.from_bytes(data[i:i + 4], order)
            if cp < 0xd800 or 0xdfff < cp < 0x110000:
                out.append(chr(cp))
                i += 4
                continue
            reason = 'code point not in range(0x110000)' if cp >= 0x110000 else \
                'code point in surrogate code point range(0xd800, 0xe000)'
            end = i + 4
        exc = _err(UnicodeDecodeError, name, data, i, end, reason)
        i = _decode_error(exc, errors, out, n)
    return (''.join(out), i, byteorder)


def utf_32_decode(data, errors=None, final=False):
    r = utf_32_ex_decode(data, errors, 0, final)
    return r[0], r[1]


def utf_32_le_decode(data, errors=None, final=False):
    r = utf_32_ex_decode(data, errors, -1, final)
    return r[0], r[1]


def utf_32_be_decode(data, errors=None, final=False):
    r = utf_32_ex_decode(data, errors, 1, final)
    return r[0], r[1]


_ESC = {'\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def unicode_escape_encode(s, errors=None):
    out = []
    for c in s:
        o = ord(c)
        if c in _ESC:
            out.append(_ESC[c])
        elif o < 0x20 or 0x7f <= o < 0x100:
            out.append('\\x%02x' % o)
        elif o < 0x7f:
            out.append(c)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return (''.join(out).encode('ascii'), len(s))


def raw_unicode_escape_encode(s, errors=None):
    out = []
    for c in s:
        o = ord(c)
        if o < 0x100:
            out.append(c)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return (''.join(out).encode('latin-1'), len(s))


_SIMPLE_ESCAPES = {0x0a: '', 0x5c: '\\', 0x27: "'", 0x22: '"', 0x62: '\b', 0x66: '\f', 0x74: '\t', 0x6e: '\n',
                   0x72: '\r', 0x76: '\v', 0x61: '\a'}
_HEX_DIGITS = b'0123456789abcdefABCDEF'
_ESCAPE_LENGTHS = {0x78: (2, 'truncated \\xXX escape'), 0x75: (4, 'truncated \\uXXXX escape'),
                   0x55: (8, 'truncated \\UXXXXXXXX escape')}


def _escape_input(data):
    """The bytes an escape decoder reads: a str argument is read as its UTF-8 encoding, as CPython's "s*"."""
    if isinstance(data, str):
        return data.encode('utf-8')
    return bytes(data)


def _warn_invalid_escape(data, at, octal, level):
    """The DeprecationWarning of an invalid escape, attributed to the caller `level` frames up."""
    import warnings
    if octal:
        msg = "invalid octal escape sequence '\\%s'" % data[at:at + 3].decode('latin-1')
    else:
        msg = "invalid escape sequence '\\%s'" % chr(data[at])
    warnings.warn(msg, DeprecationWarning, stacklevel=level)


def _unicode_escape(data, errors, final, raw):
    """unicode_escape (raw false) and raw_unicode_escape (raw true) decoding of the bytes data, as CPython 3.11's:
    (text, bytes consumed). Errors go to the handler with the bytes of the escape read so far; with final false an
    escape cut short by the end of the data is left for the next call. unicode_escape warns (DeprecationWarning) of
    the first escape that is not one, a backslash and the character are kept."""
    name = 'rawunicodeescape' if raw else 'unicodeescape'
    n = len(data)
    out = []
    i = 0
    invalid = None      # (position, octal) of the first invalid escape
    while i < n:
        j = data.find(b'\\', i)
        if j < 0:
            out.append(data[i:].decode('latin-1'))
            i = n
            break
        if j > i:
            out.append(data[i:j].decode('latin-1'))
        start = j
        i = j + 1
        if i >= n:
            if raw:
                if not final:
                    i = start
                    break
                out.append('\\')
                continue
            if not final:
                i = start
                break
            reason, end = '\\ at end of string', n
        else:
            c = data[i]
            if raw and c not in (0x75, 0x55):
                # only an odd number of backslashes before u/U starts an escape
                out.append('\\\\' if c == 0x5c else '\\')
                if c == 0x5c:
                    i += 1
                continue
            i += 1
            simple = None if raw else _SIMPLE_ESCAPES.get(c)
            if simple is not None:
                out.append(simple)
                continue
            if not raw and 0x30 <= c <= 0x37:
                code = c - 0x30
                k = 0
                while k < 2 and i < n and 0x30 <= data[i] <= 0x37:
                    code = (code << 3) + data[i] - 0x30
                    i += 1
                    k += 1
                if code > 0o377 and invalid is None:
                    invalid = (i - 3, True)
                out.append(chr(code))
                continue
            length = _ESCAPE_LENGTHS.get(c)
            if length is not None:
                count, reason = length
                code = 0
                incomplete = False
                while count:
                    if i >= n:
                        incomplete = True
                        break
                    d = data[i]
                    if d not in _HEX_DIGITS:
                        break
                    code = (code << 4) + int(chr(d), 16)
                    i += 1
                    count -= 1
                if count == 0:
                    if code <= 0x10ffff:
                        out.append(chr(code))
                        continue
                    reason = '\\Uxxxxxxxx out of range' if raw else 'illegal Unicode character'
                elif incomplete and not final:
                    i = start
                    break
                end = i
            elif c == 0x4e:
                reason = 'malformed \\N character escape'
                if i >= n:
                    if not final:
                        i = start
                        break
                elif data[i] == 0x7b:
                    close = data.find(b'}', i + 1)
                    if close < 0:
                        if not final:
                            i = start
                            break
                        i = n
                    elif close == i + 1:
                        i += 1
                    else:
                        import unicodedata
                        try:
                            ch = unicodedata.lookup(data[i + 1:close].decode('latin-1'))
                        except KeyError:
                            ch = None
                        i = close + 1
                        if ch is not None and len(ch) == 1:
                            out.append(ch)
                            continue
                        reason = 'unknown Unicode character name'
                end = i
            else:
                if invalid is None:
                    invalid = (i - 1, False)
                out.append('\\' + chr(c))
                continue
        exc = _err(UnicodeDecodeError, name, data, start, end, reason)
        i = _decode_error(exc, errors, out, n)
    if invalid is not None:
        _warn_invalid_escape(data, invalid[0], invalid[1], 4)
    return (''.join(out), i)


def unicode_escape_decode(data, errors=None, final=True):
    return _unicode_escape(_escape_input(data), errors, final, False)


def raw_unicode_escape_decode(data, errors=None, final=True):
    return _unicode_escape(_escape_input(data), errors, final, True)


def escape_encode(data, errors=None):
    if not isinstance(data, bytes):
        raise TypeError("escape_encode() argument 1 must be bytes, not %s" % type(data).__name__)
    out = []
    for b in data:
        c = chr(b)
        if c in _ESC:
            out.append(_ESC[c])
        elif c == "'":
            out.append("\\'")
        elif b < 0x20 or b >= 0x7f:
            out.append('\\x%02x' % b)
        else:
            out.append(c)
    return (''.join(out).encode('latin-1'), len(data))


def escape_decode(data, errors=None):
    """The bytes literal escapes (no \\u, \\U or \\N) of data, as CPython's _PyBytes_DecodeEscape: a bad \\x escape
    is a ValueError unless errors is 'replace' (b'?') or 'ignore'."""
    data = _escape_input(data)
    n = len(data)
    out = bytearray()
    i = 0
    invalid = None
    while i < n:
        j = data.find(b'\\', i)
        if j < 0:
            out += data[i:]
            i = n
            break
        out += data[i:j]
        i = j + 1
        if i >= n:
            raise ValueError('Trailing \\ in string')
        c = data[i]
        i += 1
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            out += simple.encode('latin-1')
        elif 0x30 <= c <= 0x37:
            code = c - 0x30
            k = 0
            while k < 2 and i < n and 0x30 <= data[i] <= 0x37:
                code = (code << 3) + data[i] - 0x30
                i += 1
                k += 1
            if code > 0o377 and invalid is None:
                invalid = (i - 3, True)
            out.append(code & 0xff)
        elif c == 0x78:
            if i + 1 < n and data[i] in _HEX_DIGITS and data[i + 1] in _HEX_DIGITS:
                out.append(int(data[i:i + 2].decode('latin-1'), 16))
                i += 2
                continue
            if errors in (None, 'strict'):
                raise ValueError('invalid \\x escape at position %d' % (i - 2))
            if errors == 'replace':
                out.append(0x3f)
            elif errors != 'ignore':
                raise ValueError('decoding error; unknown error handling code: %s' % errors)
            if i < n and data[i] in _HEX_DIGITS:
                i += 1
        else:
            if invalid is None:
                invalid = (i - 1, False)
            out.append(0x5c)
            i -= 1
    if invalid is not None:
        _warn_invalid_escape(data, invalid[0], invalid[1], 3)
    return (bytes(out), n)


def charmap_build(decoding_table):
    """The encoding map of a 256-character decoding table: code point -> byte."""
    return {ord(c): i for i, c in enumerate(decoding_table)}


def _charmap_lookup(mapping, o):
    """The mapping's value for the code point o (None when it has none), checked as CPython's charmap encoder."""
    try:
        v = mapping[o]
    except LookupError:
        return None
    if v is None or isinstance(v, bytes):
        return v
    if isinstance(v, int):
        if not 0 <= v < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((v,))
    raise TypeError("character mapping must return integer, bytes or None, not %s" % type(v).__name__)


def charmap_encode(s, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(s, errors)
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        v = _charmap_lookup(mapping, ord(s[i]))
        if v is not None:
            out += v
            i += 1
            continue
        j = i + 1
        while j < n and _charmap_lookup(mapping, ord(s[j])) is None:
            j += 1
        exc = _err(UnicodeEncodeError, 'charmap', s, i, j, 'character maps to <undefined>')
        if errors in (None, 'strict'):
            raise exc
        rep, pos = lookup_error(errors)(exc)
        if isinstance(rep, str):
            for c in rep:
                v = _charmap_lookup(mapping, ord(c))
                if v is None:
                    raise exc
                out += v
        else:
            out += rep
        i = pos if pos >= 0 else n + pos
    return (bytes(out), len(s))


def charmap_decode(data, errors=None, mapping=None):
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    data = bytes(data)
    n = len(data)
    i = 0
    while i < n:
        b = data[i]
        if isinstance(mapping, str):
            c = mapping[b] if b < len(mapping) else None
        else:
            try:
                c = mapping[b]
            except LookupError:
                c = None
            if isinstance(c, int):
                if not 0 <= c <= 0x10ffff:
                    raise TypeError("character mapping must be in range(0x110000)")
                c = chr(c)
            elif c is not None and not isinstance(c, str):
                raise TypeError("character mapping must return integer, None or str")
        if c is not None and c != '\ufffe':
            out.append(c)
            i += 1
            continue
        exc = _err(UnicodeDecodeError, 'charmap', data, i, i + 1, 'character maps to <undefined>')
        i = _decode_error(exc, errors, out, n)
    return (''.join(out), n)


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return (bytes(data), len(data))


# UTF-7 (RFC 2152) as CPython writes it: the characters of sets D and O and the whitespace characters
# stand for themselves, '+' is written "+-", everything else goes into "+...-" runs of modified base64 over UTF-16
# code units (a non-BMP character as its surrogate pair; lone surrogates pass as they are).
_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}
_UTF7_DIRECT = frozenset(map(ord, '\t\n\r !"#$%&\'()*,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`'
                                  'abcdefghijklmnopqrstuvwxyz{|}'))


def utf_7_encode(s, errors=None):
    out = []
    bits = 0       # pending bits in acc (fewer than 6 after each unit)
    acc = 0
    shifted = False
    for ch in s:
        c = ord(ch)
        if c in _UTF7_DIRECT:
            if shifted:
                if bits:
                    out.append(_B64[(acc << (6 - bits)) & 0x3f])
                    bits = acc = 0
                shifted = False
                # a base64 character (or '-') right after the run would be read as part of it
                if c in _B64_VALUE or c == 0x2d:
                    out.append('-')
            out.append(ch)
            continue
        if c == 0x2b and not shifted:
            out.append('+-')
            continue
        if not shifted:
            out.append('+')
            shifted = True
        units = (c,) if c < 0x10000 else (0xd800 | ((c - 0x10000) >> 10), 0xdc00 | ((c - 0x10000) & 0x3ff))
        for u in units:
            acc = (acc << 16) | u
            bits += 16
            while bits >= 6:
                bits -= 6
                out.append(_B64[(acc >> bits) & 0x3f])
            acc &= (1 << bits) - 1
    if bits:
        out.append(_B64[(acc << (6 - bits)) & 0x3f])
    if shifted:
        out.append('-')
    return (''.join(out).encode('ascii'), len(s))


def utf_7_decode(data, errors=None, final=False):
    data = bytes(data)
    n = len(data)
    out = []
    i = 0
    shifted = False
    start = 0          # where the current shift sequence began (its '+')
    out_start = 0      # len(out) when it began
    bits = acc = 0
    high = 0           # a high surrogate waiting for its low half
    while i < n:
        b = data[i]
        reason = None
        if shifted:
            v = _B64_VALUE.get(b)
            if v is not None:
                acc = (acc << 6) | v
                bits += 6
                i += 1
                if bits >= 16:
                    bits -= 16
                    unit = acc >> bits
                    acc &= (1 << bits) - 1
                    if high:
                        if 0xdc00 <= unit <= 0xdfff:
                            out.append(chr(0x10000 + ((high - 0xd800) << 10) + (unit - 0xdc00)))
                            high = 0
                            continue
                        out.append(chr(high))
                        high = 0
                    if 0xd800 <= unit <= 0xdbff:
                        high = unit
                    else:
                        out.append(chr(unit))
                continue
            shifted = False
            if bits >= 6:
                i += 1
                reason = "partial character in shift sequence"
            elif bits and acc:
                i += 1
                reason = "non-zero padding bits in shift sequence"
            else:
                if high and b < 0x80 and b != 0x2b:
                    out.append(chr(high))
                high = 0
                if b == 0x2d:
                    i += 1
                continue
        elif b == 0x2b:
            start = i
            i += 1
            if i < n and data[i] == 0x2d:
                i += 1
                out.append('+')
                continue
            if i < n and data[i] not in _B64_VALUE:
                i += 1
                reason = "ill-formed sequence"
            else:
                shifted = True
                out_start = len(out)
                bits = acc = high = 0
                continue
        elif b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        else:
            start = i
            i += 1
            reason = "unexpected special character"
        exc = _err(UnicodeDecodeError, 'utf7', data, start, i, reason)
        i = _decode_error(exc, errors, out, n)
    if shifted:
        if not final:
            # the open shift sequence is decoded again with the next data
            del out[out_start:]
            return (''.join(out), start)
        if high or bits >= 6 or (bits and acc):
            exc = _err(UnicodeDecodeError, 'utf7', data, start, n, "unterminated shift sequence")
            if errors in (None, 'strict'):
                raise exc
            rep, pos = lookup_error(errors)(exc)
            out.append(rep)
            if pos < n:
                rest, _ = utf_7_decode(data[pos:], errors, final)
                out.append(rest)
    return (''.join(out), n)


def _as_builtins():
    # CPython's codec functions are built-ins, which do not bind as methods: the encodings package stores them as
    # class attributes (`_buffer_decode = codecs.utf_8_decode`, `encode = codecs.latin_1_encode`) and calls them
    # through instances. A staticmethod object is callable and never binds, so every codec function becomes one.
    g = globals()
    for name, f in list(g.items()):
        if (name.endswith(('_encode', '_decode')) or name in ('charmap_build',)) and type(f).__name__ == 'function':
            g[name] = staticmethod(f)


_as_builtins()
del _as_builtins
