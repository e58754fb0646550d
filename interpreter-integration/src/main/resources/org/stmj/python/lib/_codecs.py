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
        return (''.join(chr(0xdc00 + b) for b in exc.object[exc.start:exc.end] if b >= 128), exc.end)
    raise exc


def surrogatepass_errors(exc):
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


def utf_8_decode(data, errors=None, final=False):
    data = bytes(data)
    n = len(data)
    end = n
    if not final:
        # keep an incomplete sequence at the end for the next call
        k = n - 1
        while k >= 0 and k >= n - 3 and 0x80 <= data[k] < 0xc0:
            k -= 1
        if k >= 0 and k >= n - 3:
            need = _utf8_len(data[k])
            if need > 1 and k + need > n:
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
        need = _utf8_len(b)
        ok = need > 0 and i + need <= end
        if ok and need > 1:
            for j in range(i + 1, i + need):
                if not 0x80 <= chunk[j] < 0xc0:
                    ok = False
                    break
            if ok:
                try:
                    out.append(chunk[i:i + need].decode('utf-8'))
                except UnicodeDecodeError:
                    ok = False
        elif ok:
            out.append(chr(b))
        if ok:
            i += need
            continue
        reason = 'invalid start byte' if need == 0 else 'invalid continuation byte' if i + need <= end else 'unexpected end of data'
        j = i + 1
        exc = _err(UnicodeDecodeError, 'utf-8', data, i, j, reason)
        if errors in (None, 'strict'):
            raise exc
        rep, pos = lookup_error(errors)(exc)
        out.append(rep)
        i = pos
    return (''.join(out), end)


def utf_16_encode(s, errors=None, byteorder=0):
    le = byteorder <= 0
    out = bytearray(b'\xff\xfe' if byteorder == 0 else b'')
    for c in s:
        o = ord(c)
        units = [o] if o < 0x10000 else [0xd800 + ((o - 0x10000) >> 10), 0xdc00 + ((o - 0x10000) & 0x3ff)]
        for u in units:
            out += bytes([u & 0xff, u >> 8]) if le else bytes([u >> 8, u & 0xff])
    return (bytes(out), len(s))


def utf_16_le_encode(s, errors=None):
    return utf_16_encode(s, errors, -1)


def utf_16_be_encode(s, errors=None):
    return utf_16_encode(s, errors, 1)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    data = bytes(data)
    consumed = 0
    if byteorder == 0 and len(data) >= 2:
        if data[:2] == b'\xff\xfe':
            byteorder = -1
            consumed = 2
        elif data[:2] == b'\xfe\xff':
            byteorder = 1
            consumed = 2
    le = byteorder <= 0
    n = len(data) - ((len(data) - consumed) & 1)
    out = []
    i = consumed
    while i + 1 < n + 1 and i + 2 <= n:
        u = data[i] | (data[i + 1] << 8) if le else (data[i] << 8) | data[i + 1]
        if 0xd800 <= u < 0xdc00 and i + 4 <= n:
            u2 = data[i + 2] | (data[i + 3] << 8) if le else (data[i + 2] << 8) | data[i + 3]
            out.append(chr(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00)))
            i += 4
        else:
            out.append(chr(u))
            i += 2
    if final and i < len(data):
        exc = _err(UnicodeDecodeError, 'utf-16', data, i, len(data), 'truncated data')
        if errors in (None, 'strict'):
            raise exc
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
    out = bytearray(b'\xff\xfe\x00\x00' if byteorder == 0 else b'')
    for c in s:
        out += ord(c).to_bytes(4, 'big' if byteorder > 0 else 'little')
    return (bytes(out), len(s))


def utf_32_le_encode(s, errors=None):
    return utf_32_encode(s, errors, -1)


def utf_32_be_encode(s, errors=None):
    return utf_32_encode(s, errors, 1)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    data = bytes(data)
    i = 0
    if byteorder == 0 and len(data) >= 4:
        if data[:4] == b'\xff\xfe\x00\x00':
            byteorder, i = -1, 4
        elif data[:4] == b'\x00\x00\xfe\xff':
            byteorder, i = 1, 4
    out = []
    while i + 4 <= len(data):
        out.append(chr(int.from_bytes(data[i:i + 4], 'big' if byteorder > 0 else 'little')))
        i += 4
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


utf_7_encode = utf_8_encode
utf_7_decode = utf_8_decode


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
