# Sequences repeated a huge number of times: CPython answers at once, with OverflowError for a count that is not
# a C ssize_t ("cannot fit 'int' into an index-sized integer") and MemoryError for a result it cannot allocate;
# nothing is built first (an empty list times 2**70 used to loop for ever, [1].__imul__(2**70) not return).


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r) if len(repr(r)) < 40 else type(r).__name__ + " of %d" % len(r))
    except (OverflowError, MemoryError, ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def imul(x, n):
    x *= n
    return x


attempt("[1] * 2**70", lambda: [1] * 2**70)
attempt("2**70 * [1]", lambda: 2**70 * [1])
attempt("[] * 2**70", lambda: [] * 2**70)
attempt("[1] * -2**70", lambda: [1] * -2**70)
attempt("[1] * 2**62", lambda: [1] * 2**62)
attempt("[1, 2] * 2**40", lambda: [1, 2] * 2**40)
attempt("(1,) * 2**70", lambda: (1,) * 2**70)
attempt("(1, 2) * 2**62", lambda: (1, 2) * 2**62)
attempt("() * 2**62", lambda: () * 2**62)
attempt("'a' * 2**70", lambda: "a" * 2**70)
attempt("'a' * 2**62", lambda: "a" * 2**62)
attempt("'ab' * 2**62", lambda: "ab" * 2**62)
attempt("'' * 2**62", lambda: "" * 2**62)
attempt("'abc' * -2**70", lambda: "abc" * -2**70)
attempt("b'a' * 2**70", lambda: b"a" * 2**70)
attempt("bytearray(b'a') * 2**62", lambda: bytearray(b"a") * 2**62)
attempt("bytes(2**62)", lambda: bytes(2**62))
attempt("bytes(2**70)", lambda: bytes(2**70))
attempt("bytearray(2**62)", lambda: bytearray(2**62))
attempt("bytes(-1)", lambda: bytes(-1))
attempt("[1].__imul__(2**70)", lambda: [1].__imul__(2**70))
attempt("[1].__imul__(2**62)", lambda: [1].__imul__(2**62))
attempt("[].__imul__(2**70)", lambda: [].__imul__(2**70))
attempt("[1].__mul__(2**70)", lambda: [1].__mul__(2**70))
attempt("'a'.__mul__(2**62)", lambda: "a".__mul__(2**62))
attempt("x = [1]; x *= 2**70", lambda: imul([1], 2**70))
attempt("x = [1]; x *= 2**62", lambda: imul([1], 2**62))
attempt("x = [1, 2]; x *= -1", lambda: imul([1, 2], -1))
attempt("x = bytearray(b'a'); x *= 2**62", lambda: imul(bytearray(b"a"), 2**62))
attempt("'a'.ljust(2**62)", lambda: "a".ljust(2**62))
attempt("'a'.center(2**70)", lambda: "a".center(2**70))
attempt("'a'.zfill(2**62)", lambda: "a".zfill(2**62))
attempt("'a'.rjust(-5)", lambda: "a".rjust(-5))
attempt("b'a'.ljust(2**62)", lambda: b"a".ljust(2**62))
attempt("' '.expandtabs(2**62)", lambda: " ".expandtabs(2**62))
attempt("[0] * 3 * 2", lambda: [0] * 3 * 2)
attempt("'ab' * 3", lambda: "ab" * 3)
x = [1, 2]
x *= 3
print("x *= 3:", x)
