"""marshal for stmj: the interpreter has no .pyc format, so code objects cannot be marshalled; the other values
(None, bool, int, float, complex, str, bytes, tuple, list, dict, set, frozenset) use CPython's version-4 layout."""
version = 4


def dumps(value, version=version):
    out = bytearray()
    _dump(value, out)
    return bytes(out)


def _dump(v, out):
    if v is None:
        out += b'N'
    elif v is True:
        out += b'T'
    elif v is False:
        out += b'F'
    elif v is StopIteration:
        out += b'S'
    elif v is Ellipsis:
        out += b'.'
    elif isinstance(v, int):
        if -2 ** 31 <= v < 2 ** 31:
            out += b'i' + v.to_bytes(4, 'little', signed=True)
        else:
            digits = []
            n = abs(v)
            while n:
                digits.append(n & 0x7fff)
                n >>= 15
            out += b'l' + (len(digits) if v > 0 else -len(digits)).to_bytes(4, 'little', signed=True)
            for d in digits:
                out += d.to_bytes(2, 'little')
    elif isinstance(v, float):
        import struct
        out += b'g' + struct.pack('<d', v)
    elif isinstance(v, complex):
        import struct
        out += b'y' + struct.pack('<dd', v.real, v.imag)
    elif isinstance(v, str):
        b = v.encode('utf-8', 'surrogatepass')
        out += b'u' + len(b).to_bytes(4, 'little') + b
    elif isinstance(v, (bytes, bytearray)):
        out += b's' + len(v).to_bytes(4, 'little') + bytes(v)
    elif isinstance(v, tuple):
        out += b'(' + len(v).to_bytes(4, 'little')
        for x in v:
            _dump(x, out)
    elif isinstance(v, list):
        out += b'[' + len(v).to_bytes(4, 'little')
        for x in v:
            _dump(x, out)
    elif isinstance(v, dict):
        out += b'{'
        for k, x in v.items():
            _dump(k, out)
            _dump(x, out)
        out += b'0'
    elif isinstance(v, (set, frozenset)):
        out += (b'<' if isinstance(v, set) else b'>') + len(v).to_bytes(4, 'little')
        for x in v:
            _dump(x, out)
    else:
        raise ValueError("unmarshallable object")


def loads(data):
    v, pos = _load(bytes(data), 0)
    return v


def _load(b, p):
    if p >= len(b):
        raise EOFError("EOF read where object expected")
    t = chr(b[p] & 0x7f)
    p += 1
    if t == 'N':
        return None, p
    if t == 'T':
        return True, p
    if t == 'F':
        return False, p
    if t == 'S':
        return StopIteration, p
    if t == '.':
        return Ellipsis, p
    if t == 'i':
        return int.from_bytes(b[p:p + 4], 'little', signed=True), p + 4
    if t == 'l':
        n = int.from_bytes(b[p:p + 4], 'little', signed=True)
        p += 4
        v = 0
        for i in range(abs(n)):
            v |= int.from_bytes(b[p:p + 2], 'little') << (15 * i)
            p += 2
        return (v if n > 0 else -v), p
    if t == 'g':
        import struct
        return struct.unpack('<d', b[p:p + 8])[0], p + 8
    if t == 'y':
        import struct
        r, i = struct.unpack('<dd', b[p:p + 16])
        return complex(r, i), p + 16
    if t in 'uta':
        n = int.from_bytes(b[p:p + 4], 'little')
        return b[p + 4:p + 4 + n].decode('utf-8', 'surrogatepass'), p + 4 + n
    if t in 'zZ':
        n = b[p]
        return b[p + 1:p + 1 + n].decode('latin-1'), p + 1 + n
    if t == 's':
        n = int.from_bytes(b[p:p + 4], 'little')
        return b[p + 4:p + 4 + n], p + 4 + n
    if t in '([<>)':
        if t == ')':
            n = b[p]
            p += 1
        else:
            n = int.from_bytes(b[p:p + 4], 'little')
            p += 4
        items = []
        for _ in range(n):
            x, p = _load(b, p)
            items.append(x)
        if t in '()':
            return tuple(items), p
        if t == '[':
            return items, p
        return (set(items) if t == '<' else frozenset(items)), p
    if t == '{':
        d = {}
        while b[p] != ord('0'):
            k, p = _load(b, p)
            v, p = _load(b, p)
            d[k] = v
        return d, p + 1
    raise ValueError("bad marshal data (unknown type code)")


def dump(value, file, version=version):
    file.write(dumps(value, version))


def load(file):
    return loads(file.read())
