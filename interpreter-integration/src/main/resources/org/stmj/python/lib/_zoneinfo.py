"""zoneinfo's accelerator as CPython has it in C: the pure class of zoneinfo._zoneinfo, whose repr names the type
as the C type does (its tp_name is "zoneinfo.ZoneInfo"; a subclass is named by its own name)."""
from zoneinfo._zoneinfo import ZoneInfo


def _type_name(obj):
    cls = type(obj)
    return "zoneinfo.ZoneInfo" if cls is ZoneInfo else cls.__name__


def __repr__(self):
    if self._key is not None:
        return f"{_type_name(self)}(key={self._key!r})"
    return f"{_type_name(self)}.from_file({self._file_repr})"


__repr__.__qualname__ = "ZoneInfo.__repr__"
ZoneInfo.__repr__ = __repr__
ZoneInfo.__module__ = "zoneinfo"
del __repr__
