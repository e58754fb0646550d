"""_locale for stmj: the C/POSIX locale (and its UTF-8 variants), which is the only one the interpreter implements:
str formatting, time.strftime and the codecs do not depend on a C library locale. setlocale accepts 'C',
'POSIX', '' (the environment's choice, which is C here) and C.UTF-8 spellings; others raise locale.Error as CPython
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

_current = ['C'] * 7
_accepted = {"c": "C", "posix": "C", "c.utf-8": "C.UTF-8", "c.utf8": "C.UTF-8"}


def setlocale(category, locale=None):
    """setlocale(category, locale=None): the current setting of category, after setting it when locale is given."""
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if not 0 <= category <= LC_ALL:
        raise Error('locale query failed' if locale is None else 'unsupported locale setting')
    if locale is None:
        if category == LC_ALL:
            first = _current[0]
            if all(_current[i] == first for i in range(LC_ALL)):
                return first
            return ';'.join('%s=%s' % (n, _current[i]) for i, n in enumerate(
                ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES')))
        return _current[category]
    if not isinstance(locale, str):
        raise TypeError('setlocale() argument 2 must be str or None, not %s' % type(locale).__name__)
    name = 'C' if locale == '' else _accepted.get(locale.lower())
    if name is None:
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        for i in range(LC_ALL + 1):
            _current[i] = name
    else:
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
