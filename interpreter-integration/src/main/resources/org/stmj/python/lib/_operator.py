"""Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python."""
# _operator for stmj: _compare_digest (hmac's fallback and test_hmac import it from here) and index. The other
# operator functions stay CPython's pure-Python ones in operator.py; `from _operator import *` there replaces only
# index, whose pure version lets AttributeError out where the C one raises TypeError (random.randrange(1.0)).

__all__ = ['index']


def index(a):
    "Same as a.__index__()"
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__) from None
    return method(a)


def _compare_digest(a, b):
    """Return 'a == b' in time independent of the contents when the lengths are equal (hmac.compare_digest)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    else:
        a = bytes(memoryview(a))
        b = bytes(memoryview(b))
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
