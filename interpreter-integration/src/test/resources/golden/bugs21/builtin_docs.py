"""__module__ and __doc__ of builtins functions and built-in types; IsoCalendarDate's repr."""
import builtins
import datetime
import sys

print(len.__module__, print.__module__, sys.getsizeof.__module__, sys.exit.__module__, int.__module__,
      ValueError.__module__, __import__.__module__)
for f in (len, print, abs, isinstance, iter, next, sorted, min, getattr, __import__, divmod, round):
    print(f.__name__, repr(f.__doc__.splitlines()[0]))
for t in (int, str, list, dict, tuple, set, frozenset, object, type, bool, float, complex, range, enumerate,
          zip, map, filter, reversed, property, classmethod, staticmethod, ValueError, KeyError, BaseException,
          Exception, StopIteration, memoryview, bytes, bytearray, super, slice):
    print(t.__name__, repr(t.__doc__.splitlines()[0]), len(t.__doc__) > 10)
print(repr((5).__doc__[:20]), repr("".__doc__[:15]), repr([].__doc__[:26]), ValueError("x").__doc__)


class A:
    pass


class B(int):
    """B's own doc"""


class C(list):
    pass


class E(ValueError):
    pass


print(A.__doc__, B.__doc__, C.__doc__, A().__doc__, B(1).__doc__, C().__doc__, E.__doc__, E().__doc__)
print(type.__doc__.splitlines()[0], "|", object.__doc__)
print(sum(1 for n in dir(builtins) if callable(getattr(builtins, n)) and getattr(builtins, n).__doc__) > 100)

d = datetime.date(2024, 3, 5).isocalendar()
print(repr(d), str(d), d.year, d.week, d.weekday, tuple(d), d == (2024, 10, 2), type(d).__name__)
print(datetime.datetime(2021, 1, 3, 12).isocalendar(), [datetime.date(2020, 12, 31 - i).isocalendar()[1:]
                                                        for i in range(3)])
print(f"{d}", "%s" % (d,), [d])
y, w, wd = datetime.date(2026, 12, 4).isocalendar()
print(y, w, wd, datetime.date.fromisocalendar(y, w, wd))
