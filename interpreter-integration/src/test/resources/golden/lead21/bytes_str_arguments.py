"""bytes methods refuse str arguments with CPython's TypeErrors (a user mixing str and bytes)."""
for e in ['b"abc".split("b")','b"abc".find("b")','b"abc".startswith("a")','b"abc".replace("a",b"x")','b"a".center(5,"x")','b"abc".strip("a")','b"abc".startswith((b"a","b"))','b"abc".split(sep="b")','bytearray(b"abc").partition("b")','b"abc".index("z")','b"abc".rsplit("b", 1)','b"a,b".split(b",")','b"abc".count(b"b", 0)','b"x".ljust(3, b"-")','b"abc".removeprefix("a")','b"abc".endswith("c")','b"abc".rindex("c")', 'b"ab".lstrip(None)', 'b"a b".split(None, 1)', 'b"abc".find(98)']:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
