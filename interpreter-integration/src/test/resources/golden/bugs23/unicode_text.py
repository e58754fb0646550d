"""A text normaliser for user names and titles: str methods on non-ASCII text (casefold vs lower, title and
capitalize on apostrophes/digraphs, upper of ß and ligatures, swapcase, splitlines on every separator,
expandtabs, zfill, partition/rpartition, translate with maketrans (1, 2 and 3 arguments), center/ljust with
fill, removeprefix, isidentifier/isnumeric/isdecimal/isdigit/isprintable/isspace, unicodedata normalize,
encode with error handlers, and str.format_map with a missing-key dict)."""
import unicodedata

names = ["Straße", "ǆemal", "ﬁnn", "o'neill", "MCDONALD's", "İstanbul", "ΣΊΣΥΦΟΣ", "élan vital", "hello_world-2x"]
for n in names:
    print(n, n.lower(), n.upper(), n.casefold(), n.title(), n.capitalize(), n.swapcase(), len(n.upper()))
print("straße".casefold() == "STRASSE".casefold(), "ß".upper(), "ﬀ".upper(), "İ".lower(), len("İ".lower()))
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028line11\u2029end"
print(text.splitlines(), len(text.splitlines(keepends=True)), "a\n\nb\n".splitlines(), "".splitlines(), "x\n".split("\n"))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef\tg".expandtabs(4), "\t".expandtabs(0), "ab\r\tc".expandtabs(4))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(2), "".zfill(3), "abc".zfill(6), "-".zfill(3))
for s in ["key=value=more", "novalue", "=x"]:
    print(s.partition("="), s.rpartition("="))
table = str.maketrans("aeiou", "AEIOU", "xyz")
print("the quick brown fox yzx".translate(table), "café".translate({ord("é"): "e", ord("c"): None}))
print(str.maketrans({"a": "1", "b": None, ord("c"): 67}), "abc".translate(str.maketrans({"a": "xyz"})))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": "c"})
except ValueError as e:
    print("ValueError:", e)
print("[" + "mid".center(10, "·") + "]", "[" + "x".ljust(4, "é") + "]", "[" + "ab".center(5) + "]", "[" + "ab".center(6, "*") + "]")
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "x".removeprefix(""), "www.site.org".strip("wgro."))
for s in ["abc", "_x1", "1x", "naïve", "ℌ", "x-y", "", "class", "𝔘𝔫𝔦"]:
    print(repr(s), s.isidentifier(), s.isalpha(), s.isalnum(), s.isascii())
for s in ["123", "١٢٣", "½", "²", "Ⅻ", "1.5", " ", "\u00a0", "\x1f", "ab\u200b"]:
    print(ascii(s), s.isnumeric(), s.isdecimal(), s.isdigit(), s.isprintable(), s.isspace())
print(int("١٢٣"), float("１.５"), int("٣") + 1, ascii("naïve→"), repr("tab\there\x7f\u200b"))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    v = unicodedata.normalize(form, "ﬁancé Å ①")
    print(form, ascii(v), len(v), unicodedata.is_normalized(form, v))
print(unicodedata.name("é"), unicodedata.category("é"), unicodedata.lookup("GREEK SMALL LETTER ALPHA"),
      unicodedata.decimal("٣"), unicodedata.numeric("½"), unicodedata.combining("\u0301"), unicodedata.east_asian_width("Ａ"))
raw = "Grüße, 世界! €"
for enc, errors in [("ascii", "replace"), ("ascii", "ignore"), ("ascii", "xmlcharrefreplace"), ("ascii", "backslashreplace"),
                    ("latin-1", "replace"), ("utf-8", "strict"), ("utf-16-le", "strict"), ("cp1252", "replace")]:
    print(enc, errors, raw.encode(enc, errors))
try:
    raw.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end, e.reason)
try:
    b"\xff\xfeab\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"caf\xc3\xa9 \xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"),
      b"abc\xff".decode("latin-1"), "x\udcff".encode("utf-8", "surrogatepass"))


class Defaults(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print("Hello {name}, you owe {amount:.2f} to {creditor}".format_map(Defaults(name="Zoë", amount=12.5)))
print("{0!r:>8}|{0!s:<8}|{0!a}".format("é"), "{:^{w}}".format("mid", w=9), "{x[0]}{x[1]:>3}".format(x="ab"))
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Äpfel", "apple"]), sorted(["b", "A", "a", "B"], key=str.casefold))
print(max("Zürich", "zurich"), "ß" < "t", "é" > "z", "abc".count(""), "aaa".replace("a", "b", 2), "a,b,,c".split(",", 2))
print("  spaced\u3000out\t".split(), "x".join(["α", "β"]), "αβγ"[::-1], "ab" * 0, "%-5s|%5s" % ("é", "ñ"), f"{'ü':*^5}")
