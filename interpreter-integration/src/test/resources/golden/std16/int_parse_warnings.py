# int() of strings and bytes: underscores only between digits, the base prefix, bytes in the error; __trunc__ and
# an int subclass from __int__ are deprecated (DeprecationWarning), as in CPython 3.11
import warnings
for lit, b in [('0_b0', 0), ('0_xf', 0), ('0x_f', 0), ('+_100', 10), ('1_00', 3), ('0_7', 0), ('0_0', 0), ('0x', 0), ('0b', 16), ('-0x_1F', 16), ('1__0', 10), (' 12 ', 10)]:
    try:
        print(lit, b, int(lit, b))
    except ValueError as e:
        print(lit, b, 'ValueError', e)
for x in (b'123\x00', b'0x1g'):
    try:
        int(x, 0 if x.startswith(b'0x') else 10)
    except ValueError as e:
        print(e)
class T:
    def __trunc__(self): return 42
class I(int): pass
class R:
    def __int__(self): return I(7)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(int(T()), type(int(R())).__name__)
    print([str(x.message)[:40] for x in w])
