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
    return encoding.lower().replace(' ', '_')


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


def encode(obj, encoding='utf-8', errors='strict'):
    r = lookup(encoding)[0](obj, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return r[0]


def decode(obj, encoding='utf-8', errors='strict'):
    r = lookup(encoding)[1](obj, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("decoder must return a tuple (object, integer)")
    return r[0]


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


def _unescape(text, raw):
    out = []
    i = 0
    n = len(text)
    simple = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b',
              'f': '\f', 'v': '\v', '\n': ''}
    while i < n:
        c = text[i]
        if c != '\\' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = text[i + 1]
        if not raw and d in simple:
            out.append(simple[d])
            i += 2
        elif not raw and d == 'x':
            out.append(chr(int(text[i + 2:i + 4], 16)))
            i += 4
        elif d == 'u':
            out.append(chr(int(text[i + 2:i + 6], 16)))
            i += 6
        elif d == 'U':
            out.append(chr(int(text[i + 2:i + 10], 16)))
            i += 10
        elif not raw and d in '01234567':
            j = i + 1
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif not raw and d == 'N' and i + 2 < n and text[i + 2] == '{':
            j = text.index('}', i)
            import unicodedata
            out.append(unicodedata.lookup(text[i + 3:j]))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    return (_unescape(bytes(data).decode('latin-1'), False), len(data))


def raw_unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    return (_unescape(bytes(data).decode('latin-1'), True), len(data))


def escape_encode(data, errors=None):
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
    if isinstance(data, str):
        data = data.encode('latin-1')
    return (_unescape(bytes(data).decode('latin-1'), False).encode('latin-1'), len(data))


def charmap_build(decoding_table):
    return {c: i for i, c in enumerate(decoding_table)}


def charmap_encode(s, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(s, errors)
    out = bytearray()
    for i, c in enumerate(s):
        v = mapping.get(ord(c)) if isinstance(mapping, dict) else None
        if v is None:
            exc = _err(UnicodeEncodeError, 'charmap', s, i, i + 1, 'character maps to <undefined>')
            if errors in (None, 'strict'):
                raise exc
            rep, _ = lookup_error(errors)(exc)
            out += rep.encode('ascii') if isinstance(rep, str) else rep
        elif isinstance(v, int):
            out.append(v)
        else:
            out += v
    return (bytes(out), len(s))


def charmap_decode(data, errors=None, mapping=None):
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    data = bytes(data)
    for i, b in enumerate(data):
        if isinstance(mapping, str):
            c = mapping[b] if b < len(mapping) else '\ufffe'
        else:
            c = mapping.get(b)
            if isinstance(c, int):
                c = chr(c)
        if c is None or c == '\ufffe':
            exc = _err(UnicodeDecodeError, 'charmap', data, i, i + 1, 'character maps to <undefined>')
            if errors in (None, 'strict'):
                raise exc
            c = lookup_error(errors)(exc)[0]
        out.append(c)
    return (''.join(out), len(data))


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
