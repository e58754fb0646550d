s = "text"
print(f"{s!r} {s!s} {s!a}")
print(f"{'é'!a}")
class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
print(f"{P()} {P()!r} {P()!s}")
print(f"{[1, 'a']!r:>15}")
print(f"{3.0!s:>6}")
