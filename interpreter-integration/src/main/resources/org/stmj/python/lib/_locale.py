"""_locale for stmj: the C/POSIX locale (and its UTF-8 variants), which is the only one the interpreter implements:
str formatting, time.strftime and the codecs do not depend on a C library locale. setlocale accepts 'C',
'POSIX', '' (the environment's choice, read as C or C.UTF-8) and C.UTF-8 spellings; others raise locale.Error as CPython
does for a locale the system does not have. The current setting per category lives in this module's dict."""

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127
CODESET = 14
D_T_FMT = 0x20028
D_FMT = 0x20029
T_FMT = 0x2002A
T_FMT_AMPM = 0x2002B
AM_STR = 0x20026
PM_STR = 0x20027
RADIXCHAR = 0x10000
THOUSEP = 0x10001
YESEXPR = 0x50000
NOEXPR = 0x50001
CRNCYSTR = 0x4000F
ERA = 0x2002C
ERA_D_T_FMT = 0x20030
ERA_D_FMT = 0x2002E
ERA_T_FMT = 0x20031
ALT_DIGITS = 0x2002F


class Error(Exception):
    pass


Error.__module__ = 'locale'

# CPython sets LC_CTYPE from the environment at start-up, after coercing the C locale to C.UTF-8 (PEP 538, which
# posix.environ shows as LC_CTYPE=C.UTF-8): C.UTF-8 under LANG=C.UTF-8, LANG=C or no LANG alike, C under LC_ALL=C;
# the other categories stay C. LC_CTYPE's is read at the first call (None until then: os may not be importable yet)
_current = [None, 'C', 'C', 'C', 'C', 'C', 'C']
_NAMES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES')
# glibc's categories beyond these, which its composite LC_ALL name lists too (never set here: always C)
_GLIBC_MORE = ('LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION')


# the name the last setlocale(LC_ALL, name) gave every category, glibc's extra ones included ('' before any)
_all_set = ['']


def _from_environment(category):
    """setlocale(category, ''): the environment's choice, as the C library reads it (LC_ALL, LC_xxx, LANG); a
    locale this module does not have (en_US.UTF-8) is its C or C.UTF-8 variant, by its encoding."""
    import os
    for var in ('LC_ALL', _NAMES[category], 'LANG'):
        value = os.environ.get(var)
        if value:
            value = value.lower()
            return _accepted.get(value) or ('C.UTF-8' if value.endswith(('.utf-8', '.utf8')) else 'C')
    return 'C'
_accepted = {"c": "C", "posix": "C", "c.utf-8": "C.UTF-8", "c.utf8": "C.UTF-8"}


def setlocale(category, locale=None):
    """setlocale(category, locale=None): the current setting of category, after setting it when locale is given."""
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if _current[LC_CTYPE] is None:
        _current[LC_CTYPE] = _from_environment(LC_CTYPE)
    if not 0 <= category <= LC_ALL:
        raise Error('locale query failed' if locale is None else 'unsupported locale setting')
    if locale is None:
        if category == LC_ALL:
            first = _current[0]
            if all(_current[i] == first for i in range(LC_ALL)) and (first == 'C' or _all_set[0]):
                return first
            return ';'.join(['%s=%s' % (n, _current[i]) for i, n in enumerate(_NAMES)]
                            + ['%s=C' % n if not _all_set[0] else '%s=%s' % (n, _all_set[0]) for n in _GLIBC_MORE])
        return _current[category]
    if not isinstance(locale, str):
        raise TypeError('setlocale() argument 2 must be str or None, not %s' % type(locale).__name__)
    if locale == '' and category == LC_ALL:
        names = [_from_environment(i) for i in range(LC_ALL)]
        for i in range(LC_ALL):
            _current[i] = names[i]
        if all(n == names[0] for n in names):
            _current[LC_ALL] = _all_set[0] = names[0]
            return names[0]
        _all_set[0] = ''
        return setlocale(LC_ALL)
    name = _from_environment(category) if locale == '' else _accepted.get(locale.lower())
    if name is None:
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        for i in range(LC_ALL + 1):
            _current[i] = name
        _all_set[0] = name
        return name
    _current[category] = name
    _current[LC_ALL] = name
    return name


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


_LANGINFO = {CODESET: 'UTF-8', D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
             T_FMT_AMPM: '%I:%M:%S %p', AM_STR: 'AM', PM_STR: 'PM', RADIXCHAR: '.', THOUSEP: '',
             YESEXPR: '^[yY]', NOEXPR: '^[nN]', CRNCYSTR: '-', ERA: '', ERA_D_T_FMT: '', ERA_D_FMT: '',
             ERA_T_FMT: '', ALT_DIGITS: ''}
for _i, _n in enumerate(('DAY_1', 'DAY_2', 'DAY_3', 'DAY_4', 'DAY_5', 'DAY_6', 'DAY_7')):
    globals()[_n] = 0x20007 + _i
    _LANGINFO[0x20007 + _i] = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')[_i]
    globals()['AB' + _n] = 0x20000 + _i
    _LANGINFO[0x20000 + _i] = ('Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat')[_i]
for _i in range(12):
    globals()['MON_%d' % (_i + 1)] = 0x2001A + _i
    _LANGINFO[0x2001A + _i] = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                               'September', 'October', 'November', 'December')[_i]
    globals()['ABMON_%d' % (_i + 1)] = 0x2000E + _i
    _LANGINFO[0x2000E + _i] = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
                               'Dec')[_i]
del _i, _n


def nl_langinfo(key):
    """The C locale's value for a langinfo key."""
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError('unsupported langinfo constant') from None


def getencoding():
    return 'UTF-8'


def strcoll(a, b):
    """Compares two strings by code point (the C locale's collation)."""
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError('strcoll() argument must be str')
    return (a > b) - (a < b)


def strxfrm(s):
    """The C locale's collation key: the string itself."""
    if not isinstance(s, str):
        raise TypeError('strxfrm() argument must be str, not %s' % type(s).__name__)
    return s


def gettext(msg):
    return msg


def dgettext(domain, msg):
    return msg


def dcgettext(domain, msg, category):
    return msg


def textdomain(domain=None):
    return 'messages' if domain is None else domain


def bindtextdomain(domain, dir=None):
    return dir or '/usr/share/locale'


def bind_textdomain_codeset(domain, codeset=None):
    return codeset
