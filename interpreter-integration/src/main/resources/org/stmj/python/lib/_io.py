"""The core of the io module for stmj: in-memory streams written in Python, and the console/file objects of the
interpreter (its built-in open()). CPython's io.py runs on top of this module."""
import builtins as _builtins

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


BlockingIOError = _builtins.BlockingIOError if hasattr(_builtins, 'BlockingIOError') else OSError

open = _builtins.open
_FileType = type(__import__('sys').stdout)
# the interpreter's binary files: open(p, 'rb'), 'wb'/'ab'/'xb', with '+', and buffering=0
# (FileIO(...) opens as open(..., buffering=0) does; the Buffered* classes below wrap a FileIO or any other raw stream)
_ReaderType, _WriterType, _RandomType, FileIO = _FileType._kinds


def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


class _IOBase:
    closed = False

    def close(self):
        self.closed = True

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    # CPython's IOBase defaults, which subclasses outside this module rely on (gzip.GzipFile's tell is IOBase's)
    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def readline(self, size=-1):
        """Bytes up to and including the next newline (or size bytes, or what is left), read one at a time."""
        if size is None:
            size = -1
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if 0 < hint <= n:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    pass


def _byte_view(b):
    """b as a writable sequence of bytes for readinto: a byte memoryview, or b itself (array.array)."""
    try:
        m = memoryview(b)
    except TypeError:
        return b
    return m if m.format == 'B' and m.ndim == 1 else m.cast('B')


class _BufferedIOBase(_IOBase):
    def readinto(self, b):
        """CPython's default: read(len(b)) stored at the front of b (BytesIO and user subclasses inherit it)."""
        m = _byte_view(b)
        data = self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def readinto1(self, b):
        m = _byte_view(b)
        data = self.read1(len(m)) if hasattr(self, 'read1') else self.read(len(m))
        n = len(data)
        m[:n] = data
        return n


class _BufferedMeta(type):
    """The interpreter's file objects are buffered already: wrapping one returns it, and it counts as an instance.
    Other raw streams (gzip's and zipfile's decompressing readers, user RawIOBase classes) get the Python buffer
    below."""

    def __call__(cls, raw, *args, **kwargs):
        if isinstance(raw, _FileType) and type(raw) is not FileIO:
            return raw
        return type.__call__(cls, raw, *args, **kwargs)

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        twin = cls.__dict__.get('_twin')
        return (twin is not None and isinstance(sub, type) and issubclass(sub, twin)) or cls in sub.__mro__


class BufferedReader(_BufferedIOBase, metaclass=_BufferedMeta):
    """A read buffer over a raw stream that is not one of the interpreter's files."""
    _twin = (_ReaderType, _RandomType)

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._buf = b''

    @property
    def closed(self):
        if self.raw is None:
            raise ValueError("raw stream has been detached")
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def close(self):
        self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def readable(self):
        return self.raw.readable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def _fill(self, n):
        data = self.raw.read(n)
        return b'' if data is None else bytes(data)

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            chunks = [self._buf]
            self._buf = b''
            while True:
                data = self._fill(self.buffer_size)
                if not data:
                    break
                chunks.append(data)
            return b''.join(chunks)
        while len(self._buf) < size:
            data = self._fill(max(size - len(self._buf), self.buffer_size))
            if not data:
                break
            self._buf += data
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def read1(self, size=-1):
        self._checkClosed()
        if not self._buf:
            self._buf = self._fill(self.buffer_size if size is None or size < 0 else max(size, 1))
        if size is None or size < 0:
            size = len(self._buf)
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def peek(self, size=0):
        self._checkClosed()
        if not self._buf:
            self._buf = self._fill(self.buffer_size)
        return self._buf

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        data = self.read1(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._checkClosed()
        while True:
            i = self._buf.find(b'\n')
            if i >= 0 or (size is not None and 0 <= size <= len(self._buf)):
                end = i + 1 if i >= 0 else size
                if size is not None and 0 <= size < end:
                    end = size
                out, self._buf = self._buf[:end], self._buf[end:]
                return out
            data = self._fill(self.buffer_size)
            if not data:
                out, self._buf = self._buf, b''
                return out
            self._buf += data

    def tell(self):
        return self.raw.tell() - len(self._buf)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._buf)
        self._buf = b''
        return self.raw.seek(pos, whence)


class BufferedWriter(_BufferedIOBase, metaclass=_BufferedMeta):
    """A writer over a raw stream that is not one of the interpreter's files (writes go straight through)."""
    _twin = (_WriterType, _RandomType)

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self.buffer_size = buffer_size

    @property
    def closed(self):
        if self.raw is None:
            raise ValueError("raw stream has been detached")
        return self.raw.closed

    def close(self):
        self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def writable(self):
        return True

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def write(self, b):
        self._checkClosed()
        return self.raw.write(b)

    def flush(self):
        f = getattr(self.raw, 'flush', None)
        if f is not None:
            f()

    def tell(self):
        return self.raw.tell()

    def seek(self, pos, whence=0):
        return self.raw.seek(pos, whence)


class BufferedRandom(BufferedReader):
    """Reads and writes over one seekable raw stream: a write first gives back the read-ahead (the raw position
    moves back to the logical one), then goes straight through."""
    _twin = (_RandomType,)

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        BufferedReader.__init__(self, raw, buffer_size)

    def _unread(self):
        if self._buf:
            self.raw.seek(-len(self._buf), 1)
            self._buf = b''

    def writable(self):
        return self.raw.writable()

    def write(self, b):
        self._checkClosed()
        self._unread()
        return self.raw.write(b)

    def truncate(self, pos=None):
        self._checkClosed()
        self._unread()
        if pos is None:
            pos = self.raw.tell()
        return self.raw.truncate(pos)

    def flush(self):
        self._checkClosed()
        f = getattr(self.raw, 'flush', None)
        if f is not None:
            f()


class _TextIOBase(_IOBase):
    encoding = None
    errors = None
    newlines = None


class _MemoryIO:
    """Shared logic of StringIO and BytesIO over a list-free buffer (an immutable value replaced on write)."""

    def _init(self, empty, initial):
        self._empty = empty
        self._buf = empty if initial is None else initial
        self._pos = 0
        self.closed = False

    def getvalue(self):
        self._checkClosed()
        return self._buf

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def write(self, s):
        self._checkClosed()
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        p = self._pos
        if p == len(buf):
            self._buf = buf + s
        elif p > len(buf):
            self._buf = buf + self._empty.__class__(self._pad(p - len(buf))) + s
        else:
            self._buf = buf[:p] + s + buf[p + n:]
        self._pos = p + n
        return n

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True


def _index(v):
    # a Py_ssize_t argument of the C methods: an int or an object with __index__
    if type(v) is int:
        return v
    if not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return type(v).__index__(v)


class StringIO(_MemoryIO, _TextIOBase):
    # stringio.c's newline handling: None translates "\r\n" and "\r" to "\n" on write (universal newlines),
    # "" keeps them and readline ends a line at any of the three, "\r" and "\r\n" are what "\n" becomes on
    # write and where readline ends a line; None and "" count the kinds seen (the `newlines` attribute)
    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._seennl = 0
        self._init("", "")
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def newlines(self):
        if self._newline is not None and self._newline != "":
            return None
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seennl]

    def _pad(self, n):
        return "\0" * n

    def _checkClosed(self):
        # stringio.c's CHECK_CLOSED says it without the full stop of IOBase's (which __enter__ keeps)
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def __enter__(self):
        _IOBase._checkClosed(self)
        return self

    def seek(self, pos, whence=0):
        # stringio.c: only absolute positions, or 0 relative to the current position or the end
        pos = _index(pos)
        whence = _index(whence)
        self._checkClosed()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = len(self._buf)
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None or nl == "":
            if "\r" in s:
                crlf = s.count("\r\n")
                cr = s.count("\r") - crlf
                self._seennl |= (4 if crlf else 0) | (2 if cr else 0) | (1 if s.count("\n") > crlf else 0)
                if nl is None:
                    s = s.replace("\r\n", "\n").replace("\r", "\n")
            elif "\n" in s:
                self._seennl |= 1
        elif nl != "\n":
            s = s.replace("\n", nl)
        _MemoryIO.write(self, s)
        return n

    def readline(self, size=-1):
        self._checkClosed()
        buf = self._buf
        nl = self._newline
        if nl == "":
            i = buf.find("\n", self._pos)
            j = buf.find("\r", self._pos, None if i < 0 else i)
            if j >= 0:
                i = j + 1 if j + 1 < len(buf) and buf[j + 1] == "\n" else j
        elif nl is None or nl == "\n":
            i = buf.find("\n", self._pos)
        else:
            i = buf.find(nl, self._pos)
            if i >= 0:
                i += len(nl) - 1
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = buf[self._pos:end]
        self._pos = end if end > self._pos else self._pos
        return r

    @property
    def line_buffering(self):
        return False

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_MemoryIO, _BufferedIOBase):
    def __init__(self, initial_bytes=None):
        self._init(b"", bytes(initial_bytes) if initial_bytes is not None else b"")

    def _pad(self, n):
        return n

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _MemoryIO.write(self, bytes(b))

    def readline(self, size=-1):
        self._checkClosed()
        buf = self._buf
        i = buf.find(b"\n", self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = buf[self._pos:end]
        self._pos = end if end > self._pos else self._pos
        return r

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        # a memoryview as in CPython (nbytes, format, release); of a copy: writes through it do not reach the
        # BytesIO (CPython's view shares the buffer)
        self._checkClosed()
        return memoryview(bytearray(self._buf))

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.pendingcr = False

    def decode(self, input, final=False):
        output = self.decoder.decode(input, final=final) if self.decoder is not None else input
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def getstate(self):
        return (b"", int(self.pendingcr))

    def setstate(self, state):
        self.pendingcr = bool(state[1] & 1)

    def reset(self):
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer used as one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return True

    def writable(self):
        return True

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


class _TextMeta(type):
    """The interpreter's text files count as TextIOWrapper instances (io.TextIOBase registers this class)."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        return sub is _FileType or (isinstance(sub, type) and cls in sub.__mro__)


class TextIOWrapper(_TextIOBase, metaclass=_TextMeta):
    """Text over a binary stream: decodes on read (the whole remaining content, then served by lines) and encodes
    on write."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        self.buffer = buffer
        self.encoding = encoding if encoding not in (None, 'locale') else 'utf-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self._text = None
        self._pos = 0
        self.closed = False
        self.mode = 'r'

    @property
    def name(self):
        return getattr(self.buffer, 'name', None)

    @property
    def newlines(self):
        """The line endings read so far in universal-newline modes (newline None or ''), as CPython's decoder."""
        if self._newline is not None and self._newline != '':
            return None
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self.__dict__.get('_seennl', 0)]

    def _checkClosed(self):
        if self.buffer is None:
            raise ValueError("underlying buffer has been detached")
        _TextIOBase._checkClosed(self)

    def _seekable_buffer(self):
        try:
            return bool(self.buffer.seekable())
        except Exception:
            return False

    def _load(self):
        if self._text is None:
            # over a seekable buffer the text read ahead starts at the buffer's position (_base), so that tell(),
            # seek() and a write after reading can find the byte position again
            self._base = self.buffer.tell() if self._seekable_buffer() else None
            data = self.buffer.read()
            text = data.decode(self.encoding, self.errors)
            self._raw = text
            if (self._newline is None or self._newline == '') and ('\n' in text or '\r' in text):
                # the kinds of line ending seen (IncrementalNewlineDecoder's seennl: LF 1, CR 2, CRLF 4)
                crlf = text.count('\r\n')
                self._seennl = self.__dict__.get('_seennl', 0) | (4 if crlf else 0) | (
                    2 if text.count('\r') > crlf else 0) | (1 if text.count('\n') > crlf else 0)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
            self._pos = 0

    def _byte_pos(self):
        """The buffer position of the next character to read (a seekable buffer with text read ahead)."""
        raw = self.__dict__.get('_raw', self._text)
        if raw is self._text or raw == self._text:
            consumed = raw[:self._pos]
        else:
            # newline translation: the number of raw characters behind the first _pos translated ones
            i = n = 0
            while n < self._pos and i < len(raw):
                i += 2 if raw.startswith('\r\n', i) else 1
                n += 1
            consumed = raw[:i]
        return self._base + len(consumed.encode(self.encoding, self.errors))

    def read(self, size=-1):
        self._checkClosed()
        self._load()
        if size is None or size < 0:
            r = self._text[self._pos:]
        else:
            r = self._text[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._checkClosed()
        self._load()
        t = self._text
        i = t.find('\n', self._pos)
        end = len(t) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = t[self._pos:end]
        self._pos = end
        return r

    def _encode(self, s):
        # one incremental encoder for the stream, as CPython's: a codec with a BOM (utf-8-sig, utf-16, utf-32) writes
        # it once, at the start of the stream, not before every write
        enc = self.__dict__.get('_encoder')
        if enc is None:
            import codecs
            enc = codecs.getincrementalencoder(self.encoding)(self.errors)
            try:
                if self.buffer.seekable() and self.buffer.tell() != 0:
                    enc.setstate(0)
            except Exception:
                pass
            self._encoder = enc
        return enc.encode(s)

    def write(self, s):
        self._checkClosed()
        if self._text is not None and self.__dict__.get('_base') is not None:
            # writing after reading: at the position read up to, and the text read ahead is stale now
            self.buffer.seek(self._byte_pos())
            self._text = None
            self._pos = 0
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        n = len(s)
        nl = self._newline
        # textio.c: "\n" written as the newline argument ("\r", "\r\n"); None and "" and "\n" write it as is
        # (os.linesep is "\n" here)
        lf = '\n' in s
        if lf and nl and nl != '\n':
            s = s.replace('\n', nl)
        self.buffer.write(self._encode(s))
        if self.line_buffering and (lf or '\r' in s):
            self.flush()
        return n

    def flush(self):
        if hasattr(self.buffer, 'flush'):
            self.buffer.flush()

    def close(self):
        if not self.closed:
            self.closed = True
            self.buffer.close()

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not self._seekable_buffer():
            if pos == 0 and whence == 0:
                self._pos = 0
                return 0
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 1:
            if pos != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if pos != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._text = None
            self._pos = 0
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if pos < 0:
            raise ValueError("negative seek position %r" % (pos,))
        self.flush()
        self._text = None
        self._pos = 0
        self.buffer.seek(pos)
        return pos

    def tell(self):
        self._checkClosed()
        if not self._seekable_buffer():
            return self._pos
        if self._text is not None and self.__dict__.get('_base') is not None:
            return self._byte_pos()
        self.flush()
        return self.buffer.tell()

    def readable(self):
        return True

    def writable(self):
        return hasattr(self.buffer, 'write')

    def seekable(self):
        return True

    def fileno(self):
        return self.buffer.fileno()

    def detach(self):
        b = self.buffer
        self.buffer = None
        return b

    def reconfigure(self, **kw):
        for k, v in kw.items():
            setattr(self, k if k != 'newline' else '_newline', v)
