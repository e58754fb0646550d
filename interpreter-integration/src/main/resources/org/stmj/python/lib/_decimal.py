"""Not a module: this interpreter has no C `_decimal`, so `decimal` falls back to `_pydecimal` (the
`from _decimal import *` fails). Before that import fails, `_pydecimal`'s contexts are made to look as the C
module's do where a program can see the difference: the C contexts' flags and traps read True/False (a
SignalDict of bools), where the pure-Python contexts keep the ints 1/0."""
import _pydecimal

_Context = _pydecimal.Context
_signals = _pydecimal._signals
_condition_map = _pydecimal._condition_map


def _bools(d):
    for k in d:
        d[k] = bool(d[k])


def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
             traps=None, _ignored_flags=None):
    # _pydecimal's Context.__init__ with bools for the signals (one call, as the original: no wrapper)
    dc = _pydecimal.DefaultContext
    self.prec = prec if prec is not None else dc.prec
    self.rounding = rounding if rounding is not None else dc.rounding
    self.Emin = Emin if Emin is not None else dc.Emin
    self.Emax = Emax if Emax is not None else dc.Emax
    self.capitals = capitals if capitals is not None else dc.capitals
    self.clamp = clamp if clamp is not None else dc.clamp
    self._ignored_flags = [] if _ignored_flags is None else _ignored_flags
    if traps is None:
        self.traps = dc.traps.copy()
    elif not isinstance(traps, dict):
        self.traps = dict((s, s in traps) for s in _signals + traps)
    else:
        self.traps = traps
    if flags is None:
        self.flags = dict.fromkeys(_signals, False)
    elif not isinstance(flags, dict):
        self.flags = dict((s, s in flags) for s in _signals + flags)
    else:
        self.flags = flags


def _raise_error(self, condition, explanation=None, *args):
    """Handles an error (as _pydecimal's, but the flag is set to True, and the exception's argument is the C
    module's: the list of the trapped conditions, `[<class 'decimal.DivisionByZero'>]`, not an explanation)."""
    error = _condition_map.get(condition, condition)
    if error in self._ignored_flags:
        return error().handle(self, *args)
    self.flags[error] = True
    if not self.traps[error]:
        return condition().handle(self, *args)
    raise error([condition])


def clear_flags(self):
    """Reset all flags to False"""
    for flag in self.flags:
        self.flags[flag] = False


def clear_traps(self):
    """Reset all traps to False"""
    for flag in self.traps:
        self.traps[flag] = False


# the C module lists signals in libmpdec's flag order (mpd_lsnprint_signals), _pydecimal in its _signals order
_C_ORDER = ('Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'FloatOperation', 'Overflow', 'Rounded',
            'Subnormal', 'Underflow')


def __repr__(self):
    def names(d):
        on = {s.__name__ for s, v in d.items() if v}
        return ', '.join(n for n in _C_ORDER if n in on)
    return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
            % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, names(self.flags),
               names(self.traps)))


for _f in (__init__, _raise_error, clear_flags, clear_traps, __repr__):
    _f.__qualname__ = 'Context.' + _f.__name__
    _f.__module__ = 'decimal'
    setattr(_Context, _f.__name__, _f)
for _c in (_pydecimal.DefaultContext, _pydecimal.BasicContext, _pydecimal.ExtendedContext):
    _bools(_c.flags)
    _bools(_c.traps)
# the C types' dotted names, which CPython's messages show ("unsupported operand type(s) for +: 'decimal.Decimal'
# and 'float'")
import _stmj
_stmj.c_type_name(_pydecimal.Decimal, 'decimal.Decimal')
_stmj.c_type_name(_Context, 'decimal.Context')
del _f, _c, _stmj
raise ImportError("No module named '_decimal' (decimal uses _pydecimal)")
