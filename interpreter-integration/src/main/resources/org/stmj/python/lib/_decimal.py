"""Not a module: this interpreter has no C `_decimal`, so `decimal` falls back to `_pydecimal` (the
`from _decimal import *` fails). Before that import fails, `_pydecimal`'s contexts are made to look as the C
module's do where a program can see the difference: the C contexts' flags and traps read True/False (a
SignalDict of bools), where the pure-Python contexts keep the ints 1/0."""
import _pydecimal

_Context = _pydecimal.Context
_init = _Context.__init__
_condition_map = _pydecimal._condition_map


def _bools(d):
    for k in d:
        d[k] = bool(d[k])


def __init__(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    _bools(self.flags)
    _bools(self.traps)


def _raise_error(self, condition, explanation=None, *args):
    """Handles an error (as _pydecimal's, but the flag is set to True)."""
    error = _condition_map.get(condition, condition)
    if error in self._ignored_flags:
        return error().handle(self, *args)
    self.flags[error] = True
    if not self.traps[error]:
        return condition().handle(self, *args)
    raise error(explanation)


def clear_flags(self):
    """Reset all flags to False"""
    for flag in self.flags:
        self.flags[flag] = False


def clear_traps(self):
    """Reset all traps to False"""
    for flag in self.traps:
        self.traps[flag] = False


for _f in (__init__, _raise_error, clear_flags, clear_traps):
    _f.__qualname__ = 'Context.' + _f.__name__
    _f.__module__ = 'decimal'
    setattr(_Context, _f.__name__, _f)
for _c in (_pydecimal.DefaultContext, _pydecimal.BasicContext, _pydecimal.ExtendedContext):
    _bools(_c.flags)
    _bools(_c.traps)
del _f, _c
raise ImportError("No module named '_decimal' (decimal uses _pydecimal)")
