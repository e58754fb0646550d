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
del _dt, _iso, sys
raise ModuleNotFoundError("No module named '_datetime'", name='_datetime')
