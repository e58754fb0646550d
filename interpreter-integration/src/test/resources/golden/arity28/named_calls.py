# Built-in methods and functions called with the wrong number of arguments, as users do by mistake: each
# error is CPython's TypeError in the form its C function uses (clinic, METH_O, METH_NOARGS, PyArg_ParseTuple,
# slot wrappers), and the right calls (keywords included) still work.
import math


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt('"abc".replace("a")', "abc".replace, "a")
attempt('[].insert(1)', [].insert, 1)
attempt('{}.get()', {}.get)
attempt('dict.fromkeys()', dict.fromkeys)
attempt('dict.fromkeys(1, 2, 3)', dict.fromkeys, 1, 2, 3)
attempt("'abc'.center()", "abc".center)
attempt("'abc'.center(9, '*', 1)", "abc".center, 9, "*", 1)
attempt("(1).__add__()", (1).__add__)
attempt("'x'.find()", "x".find)
attempt("'x'.count('x', 0, 1, 2)", "x".count, "x", 0, 1, 2)
attempt("'x'.upper(1)", "x".upper, 1)
attempt("[].append()", [].append)
attempt("[].append(1, 2)", [].append, 1, 2)
attempt("[3].pop(0, 1)", [3].pop, 0, 1)
attempt("{}.setdefault()", {}.setdefault)
attempt("{}.pop()", {}.pop)
attempt("set().add()", set().add)
attempt("(1, 2).index()", (1, 2).index)
attempt("'a'.__eq__()", "a".__eq__)
attempt("'a'.__setattr__('x')", "a".__setattr__, "x")
attempt("[1].__len__(1)", [1].__len__, 1)
attempt("b'ab'.split(b'a', 1, 2)", b"ab".split, b"a", 1, 2)
attempt("bytearray().extend()", bytearray().extend)
attempt("(2.5).is_integer(1)", (2.5).is_integer, 1)
attempt("(5).bit_length(1)", (5).bit_length, 1)
attempt("True.bit_length(1)", True.bit_length, 1)
attempt("int.bit_length(5, 1)", int.bit_length, 5, 1)
attempt("(x for x in ()).send()", (x for x in ()).send)
attempt("math.floor()", math.floor)
attempt("math.pow(2)", math.pow, 2)
attempt("math.hypot()", math.hypot)
attempt("len()", len)
attempt("isinstance(1)", isinstance, 1)
attempt("divmod(1)", divmod, 1)
attempt("getattr(1)", getattr, 1)
attempt("sum()", sum)
attempt("sum([], 0, 1)", sum, [], 0, 1)
attempt("reversed()", reversed)
attempt("classmethod()", classmethod)
attempt("staticmethod(1, 2)", staticmethod, 1, 2)
attempt("dict(1, 2)", dict, 1, 2)
attempt("frozenset(1, 2)", frozenset, 1, 2)


class Name(str):
    pass


attempt("Name('a').upper(1)", Name("a").upper, 1)
attempt("Name('a').center()", Name("a").center)

# the right calls, with keywords where CPython takes them
attempt("'a,b'.split(sep=',')", "a,b".split, sep=",")
attempt("'a b c'.split(maxsplit=1)", "a b c".split, maxsplit=1)
attempt("(258).to_bytes(length=2, byteorder='big')", (258).to_bytes, length=2, byteorder="big")
attempt("int.from_bytes(b'\\x01\\x02', byteorder='little')", int.from_bytes, b"\x01\x02", byteorder="little")
attempt("sorted([3, 1, 2], reverse=True)", sorted, [3, 1, 2], reverse=True)
attempt("max(-3, 2, key=abs)", max, -3, 2, key=abs)
attempt("'é'.encode(encoding='utf-8')", "é".encode, encoding="utf-8")
attempt("round(2.675, ndigits=2)", round, 2.675, ndigits=2)
attempt("dict.fromkeys('ab', 0)", dict.fromkeys, "ab", 0)
attempt("'{}-{}'.format(1, 2)", "{}-{}".format, 1, 2)
attempt("[].sort(key=len)", [].sort, key=len)
attempt("set().union()", set().union)

# set.intersection_update takes every argument, bytes.fromhex's own errors, tp_new_wrapper's checks
s = {1, 2, 3}
s.intersection_update({1, 2}, {2, 5})
print("intersection_update:", s)
s.intersection_update()
print("intersection_update():", s)
attempt("bytes.fromhex('0a 0b')", bytes.fromhex, "0a 0b")
attempt("bytearray.fromhex(' 01\\t02 ')", bytearray.fromhex, " 01\t02 ")
attempt("bytes.fromhex('zz')", bytes.fromhex, "zz")
attempt("bytes.fromhex('0a0')", bytes.fromhex, "0a0")
attempt("bytes.fromhex('0 a')", bytes.fromhex, "0 a")
attempt("bytes.fromhex(None)", bytes.fromhex, None)
attempt("object.__new__(int)", object.__new__, int)
attempt("int.__new__(str)", int.__new__, str)
attempt("int.__new__(bool)", int.__new__, bool)
attempt("object.__new__(1)", object.__new__, 1)
attempt("list.__new__()", list.__new__)
attempt("int.__new__(int, '7')", int.__new__, int, "7")


class Point:
    pass


print("object.__new__(Point):", type(object.__new__(Point)).__name__)
