"""Converts numbers read from stdin between roman numerals, words and bases."""
import sys

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range for roman numerals")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = dict((sym, v) for v, sym in ROMAN if len(sym) == 1)
    total = 0
    for a, b in zip(s, s[1:] + " "):
        if a not in values:
            raise ValueError(f"invalid roman digit {a!r}")
        v = values[a]
        total += -v if b in values and values[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)}?)")
    return total


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            q, r = divmod(n, size)
            return words(q) + " " + name + ((", " if r >= 100 else " and ") + words(r) if r else "")


status = 0
for lineno, line in enumerate(sys.stdin, 1):
    token = line.strip()
    if not token or token.startswith(";"):
        continue
    try:
        if token.isdigit():
            n = int(token)
            print(f"{n:>10} = {to_roman(n) if n < 4000 else '-':<12} {hex(n):>8} {oct(n):>8} {n:b}")
            print(f"{'':>10}   {words(n)}")
        elif token.upper() == token and token.isalpha():
            print(f"{token:>10} = {from_roman(token)}")
        elif token.startswith(("0x", "0o", "0b")):
            print(f"{token:>10} = {int(token, 0)}")
        else:
            print(f"{token:>10} = {int(token, 36)} (base 36)")
    except ValueError as e:
        status = 1
        print(f"line {lineno}: error: {e}", file=sys.stderr)
sys.stderr.flush()
print("done", "with errors" if status else "ok")
sys.exit(status)
