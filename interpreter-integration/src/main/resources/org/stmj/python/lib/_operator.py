"""Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python."""
# _operator for stmj: only _compare_digest (hmac's fallback and test_hmac import it from here). The operator
# functions themselves stay CPython's pure-Python ones in operator.py; this module defines no public names, so
# operator.py's `from _operator import *` replaces nothing.

__all__ = []


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
