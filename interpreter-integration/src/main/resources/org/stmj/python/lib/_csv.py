"""CSV parsing and writing: the accelerator module that CPython's csv.py imports, written in Python for this
interpreter. Same names, messages and corner cases as CPython 3.11's _csv (dialect validation, the reader's
state machine, the writer's quoting rules, the field size limit)."""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

_dialects = {}
_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"

_UNSET = object()


def _char(name, value, default, none_ok=False):
    if value is _UNSET:
        return default
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, " or None" if none_ok else "", type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator", "_quotechar", "_quoting",
                 "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
                         "skipinitialspace", "strict"):
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and not kwargs and cls is Dialect:
                return dialect

        def pick(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return _UNSET

        self = object.__new__(cls)
        quotechar = pick("quotechar")
        quoting = pick("quoting")
        delimiter = _char("delimiter", pick("delimiter"), ",")
        doublequote = pick("doublequote")
        doublequote = True if doublequote is _UNSET else bool(doublequote)
        escapechar = _char("escapechar", pick("escapechar"), None, True)
        term = pick("lineterminator")
        if term is _UNSET:
            term = "\r\n"
        elif not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        if quoting is _UNSET or (kwargs.get("quotechar", 0) is None and "quoting" not in kwargs):
            # no quote character and no quoting asked for: quoting is off (a quotechar=None keyword turns it
            # off even where the base dialect has a quoting of its own, as CPython's)
            quoting = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        elif type(quoting) is not int and not (isinstance(quoting, int) and not isinstance(quoting, bool)):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        quotechar = _char("quotechar", quotechar, '"', True)
        skip = pick("skipinitialspace")
        strict = pick("strict")
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        object.__setattr__(self, "_delimiter", delimiter)
        object.__setattr__(self, "_doublequote", doublequote)
        object.__setattr__(self, "_escapechar", escapechar)
        object.__setattr__(self, "_lineterminator", term)
        object.__setattr__(self, "_quotechar", quotechar)
        object.__setattr__(self, "_quoting", int(quoting))
        object.__setattr__(self, "_skipinitialspace", False if skip is _UNSET else bool(skip))
        object.__setattr__(self, "_strict", False if strict is _UNSET else bool(strict))
        return self

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)

    def __delattr__(self, name):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


Dialect.__module__ = "_csv"


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _limit
    if kwargs:
        if set(kwargs) != {"new_limit"} or args:
            raise TypeError("field_size_limit() takes at most 1 argument")
        args = (kwargs["new_limit"],)
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _limit = args[0]
    return old


# the reader's states
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD, \
    _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, iterable, dialect, fmtparams):
        self._it = iter(iterable)
        self.dialect = Dialect(dialect, **fmtparams)
        self.line_num = 0
        self._fields = None
        self._field = []
        self._numeric = False
        self._state = _START_RECORD

    def __iter__(self):
        return self

    def _save(self):
        f = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            f = float(f)
        self._fields.append(f)

    def _add(self, c):
        if len(self._field) >= _limit:
            raise Error("field larger than field limit (%d)" % _limit)
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._plain(line):
                return self._fields
            for c in line:
                self._step(c)
            self._step(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _plain(self, line):
        """A whole record in one line without quotes, escapes or embedded line breaks: split it at once."""
        d = self.dialect
        if ((d.quotechar is not None and d.quoting != QUOTE_NONE and d.quotechar in line)
                or (d.escapechar is not None and d.escapechar in line)
                or d.skipinitialspace or d.quoting == QUOTE_NONNUMERIC):
            return False
        if line.endswith("\r\n"):
            body = line[:-2]
        elif line.endswith("\n") or line.endswith("\r"):
            body = line[:-1]
        else:
            body = line
        if "\n" in body or "\r" in body or len(body) > _limit:
            return False
        self._fields = body.split(d.delimiter) if body else []
        return True

    def _step(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is None else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return
            state = self._state = _IN_FIELD
        if state == _IN_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is None else c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is None or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
            return
        # _EAT_CRNL
        if c == "\n" or c == "\r":
            return
        if c is None:
            self._state = _START_RECORD
            return
        raise Error("new-line character seen in unquoted field - do you need to open the file in "
                    "universal-newline mode?")


Reader.__name__ = Reader.__qualname__ = "reader"
Reader.__module__ = "_csv"


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, fileobj, dialect, fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = Dialect(dialect, **fmtparams)

    def _field(self, s, quoted, out):
        d = self.dialect
        special = d.delimiter + (d.escapechar or "") + (d.quotechar or "") + d.lineterminator
        for ch in special:
            if ch in s:
                break
        else:
            out.append(d.quotechar + s + d.quotechar if quoted else s)
            return
        buf = []
        for c in s:
            if c in special:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            buf.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    buf.append(d.escapechar)
            buf.append(c)
        body = "".join(buf)
        out.append(d.quotechar + body + d.quotechar if quoted else body)

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        out = []
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                s = ""
            elif isinstance(field, str):
                s = field
            else:
                s = str(field)
            self._field(s, quoted, out)
        if len(out) == 1 and out[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out[0] = d.quotechar * 2
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = "writer"
Writer.__module__ = "_csv"


def _is_number(x):
    # PyNumber_Check: the type converts to int or float, or is complex
    t = type(x)
    return hasattr(t, "__index__") or hasattr(t, "__float__") or hasattr(t, "__int__") or isinstance(x, complex)


def reader(iterable, dialect="excel", **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines)."""
    return Reader(iterable, dialect, fmtparams)


def writer(fileobj, dialect="excel", **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API."""
    return Writer(fileobj, dialect, fmtparams)
