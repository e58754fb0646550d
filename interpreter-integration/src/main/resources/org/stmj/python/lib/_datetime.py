"""Not a module: this interpreter has no C `_datetime`, so `datetime` keeps its pure-Python classes (the
`from _datetime import *` at its end fails). Before that import fails, the classes are made to look as the C
module's do where a program can see the difference."""
import sys

_dt = sys.modules.get('datetime')
_iso = getattr(_dt, '_IsoCalendarDate', None)
if _iso is not None:
    def __repr__(self):
        # the C type's name is 'datetime.IsoCalendarDate'
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'
    __repr__.__qualname__ = 'IsoCalendarDate.__repr__'
    _iso.__repr__ = __repr__
if _dt is not None and hasattr(_dt, '_check_date_fields'):
    # the C module's messages for bad fields: ValueError('day is out of range for month'), where the pure-Python
    # checks pass the value as a second argument (str(e) showed a tuple). Module functions: the constructors find
    # them by global name, so replacing them costs nothing.
    _index = _dt._index
    _days_in_month = _dt._days_in_month

    def _check_date_fields(year, month, day):
        year = _index(year)
        month = _index(month)
        day = _index(day)
        if not 1 <= year <= 9999:
            raise ValueError('year %d is out of range' % year)
        if not 1 <= month <= 12:
            raise ValueError('month must be in 1..12')
        if not 1 <= day <= _days_in_month(year, month):
            raise ValueError('day is out of range for month')
        return year, month, day

    def _check_time_fields(hour, minute, second, microsecond, fold):
        hour = _index(hour)
        minute = _index(minute)
        second = _index(second)
        microsecond = _index(microsecond)
        for value, top, what in ((hour, 23, 'hour'), (minute, 59, 'minute'), (second, 59, 'second'),
                                 (microsecond, 999999, 'microsecond')):
            if not 0 <= value <= top:
                raise ValueError('%s must be in 0..%d' % (what, top))
        if fold not in (0, 1):
            raise ValueError('fold must be either 0 or 1')
        return hour, minute, second, microsecond, fold

    _fromordinal = _dt.date.__dict__['fromordinal'].__func__

    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        if isinstance(n, int) and n < 1:
            raise ValueError('ordinal must be >= 1')
        return _fromordinal(cls, n)
    fromordinal.__qualname__ = 'date.fromordinal'
    _dt.date.fromordinal = classmethod(fromordinal)
    _dt._check_date_fields = _check_date_fields

    # fromisoformat: the C module reports a string it cannot parse as 'Invalid isoformat string', but a parsed
    # field out of range with the constructor's own message ('day is out of range for month', 'hour must be in
    # 0..23') and an offset of 24 hours or more with timezone's, all without a chained context; the pure-Python
    # methods turn every one of them into 'Invalid isoformat string' raised while handling the first.
    _parse_date = _dt._parse_isoformat_date
    _parse_time = _dt._parse_isoformat_time
    _find_sep = _dt._find_isoformat_datetime_separator

    def _offset_error(e):
        return bool(e.args) and isinstance(e.args[0], str) and e.args[0].startswith('offset must be a timedelta')

    def _iso_fields(text, parse):
        # the parsed fields, or None where the string does not parse; an offset out of range propagates
        try:
            return parse(text)
        except ValueError as e:
            if _offset_error(e):
                raise
        except Exception:
            pass
        return None

    def _install_fromisoformat(klass, parse, accepts, doc):
        # klass.fromisoformat(string, /): the C module's type check and 'Invalid isoformat string' for what the
        # pure-Python parser refuses (or what accepts() rules out by its length), the C module's docstring
        def fromisoformat(cls, string, /):
            if not isinstance(string, str):
                raise TypeError('fromisoformat: argument must be str')
            fields = _iso_fields(string, parse) if accepts(string) else None
            if fields is None:
                raise ValueError(f'Invalid isoformat string: {string!r}')
            return cls(*fields)
        fromisoformat.__name__ = 'fromisoformat'
        fromisoformat.__qualname__ = klass.__name__ + '.fromisoformat'
        fromisoformat.__doc__ = doc
        klass.fromisoformat = classmethod(fromisoformat)

    _install_fromisoformat(_dt.date, _parse_date, lambda s: len(s) in (7, 8, 10),
                           'str -> Construct a date from a string in ISO 8601 format.')
    _install_fromisoformat(_dt.time, lambda s: _parse_time(s.removeprefix('T')), lambda s: True,
                           'string -> time from a string in ISO 8601 format')

    def _parse_datetime(text):
        cut = _find_sep(text)
        tstr = text[cut + 1:]
        return _parse_date(text[:cut]) + (_parse_time(tstr) if tstr else [0, 0, 0, 0, None])

    _install_fromisoformat(_dt.datetime, _parse_datetime, lambda s: len(s) >= 7,
                           'string -> datetime from a string in most ISO 8601 formats')

    # timezone(): the C type's argument and range messages (the latter names the offset)
    _tz = _dt.timezone
    _tz_new = _tz.__new__
    _timedelta = _dt.timedelta

    def __new__(cls, offset, name=_tz._Omitted):
        if not isinstance(offset, _timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if name is not _tz._Omitted and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not _tz._minoffset <= offset <= _tz._maxoffset:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        return _tz_new(cls, offset, name)
    __new__.__qualname__ = 'timezone.__new__'
    _tz.__new__ = staticmethod(__new__)
    _dt._check_time_fields = _check_time_fields

    # naive/aware mixing: the C module's messages. Explicit signatures (no *args): these run at every comparison.
    _dt_cmp = _dt.datetime._cmp
    _time_cmp = _dt.time._cmp
    _dt_sub = _dt.datetime.__sub__

    def _cmp(self, other, allow_mixed=False):
        try:
            return _dt_cmp(self, other, allow_mixed)
        except TypeError as e:
            if e.args == ('cannot compare naive and aware datetimes',):
                raise TypeError("can't compare offset-naive and offset-aware datetimes") from None
            raise
    _cmp.__qualname__ = 'datetime._cmp'
    _dt.datetime._cmp = _cmp

    def _tcmp(self, other, allow_mixed=False):
        try:
            return _time_cmp(self, other, allow_mixed)
        except TypeError as e:
            if e.args == ('cannot compare naive and aware times',):
                raise TypeError("can't compare offset-naive and offset-aware times") from None
            raise
    _tcmp.__qualname__ = 'time._cmp'
    _tcmp.__name__ = '_cmp'
    _dt.time._cmp = _tcmp

    def __sub__(self, other):
        """Subtract two datetimes, or a datetime and a timedelta."""
        try:
            return _dt_sub(self, other)
        except TypeError as e:
            if e.args == ('cannot mix naive and timezone-aware time',):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes") from None
            raise
    __sub__.__qualname__ = 'datetime.__sub__'
    _dt.datetime.__sub__ = __sub__

    # overflow: the C module's messages ('days=N; must have magnitude <= 999999999' for a timedelta, 'date value
    # out of range' for date/datetime + timedelta), where the pure-Python code raises OverflowError('timedelta #
    # of days is too large: N') and OverflowError('result out of range'). Its three raise sites find the name
    # OverflowError in the module's globals (it never catches one), so a module global that makes the exception
    # with the C text costs nothing until an overflow.
    import builtins as _builtins

    def OverflowError(*args):
        m = args[0] if len(args) == 1 and isinstance(args[0], str) else None
        if m is not None and m.startswith('timedelta # of days is too large: '):
            args = ('days=%s; must have magnitude <= 999999999' % m[34:],)
        elif m == 'result out of range':
            args = ('date value out of range',)
        return _builtins.OverflowError(*args)
    _dt.OverflowError = OverflowError
if _dt is not None:
    # the C types' dotted names, which CPython's messages show ('datetime.date' object is not subscriptable)
    import _stmj
    for _n in ('date', 'time', 'datetime', 'timedelta', 'tzinfo', 'timezone'):
        _c = getattr(_dt, _n, None)
        if isinstance(_c, type) and _c.__module__ == 'datetime':
            _stmj.c_type_name(_c, 'datetime.' + _n)
            # read-only attributes: timedelta's are C members, the others getset descriptors
            for _p in list(vars(_c).values()):
                if isinstance(_p, property) and _p.fset is None:
                    _stmj.c_readonly(_p, _c, 'member' if _n == 'timedelta' else 'getset')
    del _stmj, _n, _c, _p
del _dt, _iso, sys
raise ModuleNotFoundError("No module named '_datetime'", name='_datetime')
