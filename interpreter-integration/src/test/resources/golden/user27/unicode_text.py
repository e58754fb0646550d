"""A text-normalising indexer: casefold, unicodedata normalisation, isidentifier, translate."""
import unicodedata
import string

docs = {
    1: "Straße in München",
    2: "STRASSE IN MUENCHEN",
    3: "Café naïve résumé",
    4: "cafe\u0301 NAI\u0308VE",
    5: "ﬁnance ﬂow Ⅻ ½",
    6: "Ωmega ΣΊΣΥΦΟΣ ﬀ",
}


def fold(s):
    return unicodedata.normalize("NFKC", s).casefold()


def strip_accents(s):
    decomposed = unicodedata.normalize("NFD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


for k, v in docs.items():
    print(k, repr(v.lower()), repr(v.casefold()), repr(v.upper()), repr(fold(v)), repr(strip_accents(fold(v))))

print(fold(docs[1]) == fold(docs[2]), strip_accents(docs[3]) == strip_accents(unicodedata.normalize("NFC", docs[4])).lower())
print([len(unicodedata.normalize(f, "e\u0301ﬁ")) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print(unicodedata.is_normalized("NFC", "é"), unicodedata.is_normalized("NFC", "e\u0301"))
for ch in "aÅ1½Ⅻ€ \t٣ß😀\u200b":
    print(f"U+{ord(ch):04X}", unicodedata.name(ch, "?"), unicodedata.category(ch), ch.isalpha(), ch.isdigit(),
          ch.isnumeric(), ch.isdecimal(), ch.isspace(), ch.isprintable(), unicodedata.numeric(ch, None))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.decimal("٣"), unicodedata.bidirectional("א"))
print(unicodedata.east_asian_width("中"), unicodedata.mirrored("("), unicodedata.decomposition("é"))
print("ǅungla".title(), "ǆ".upper(), "ǅ".lower(), "ß".title(), "ŉ".upper(), "İ".lower(), len("İ".lower()))
print("hello world's end".title(), "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "ﬃ".upper())

names = ["valid_name", "2bad", "ñame", "class", "_", "a-b", "Ωmega", "x²", "℘", "", "a\u0301", "𝔘nicode"]
import keyword
for n in names:
    print(repr(n), n.isidentifier(), keyword.iskeyword(n), n.isascii())

table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "-": None})
print("Grüße-aus-Köln".translate(table))
t2 = str.maketrans("abc", "xyz", "!?")
print("a big cab!?".translate(t2), t2)
print("tab\there".expandtabs(4), "Ünïcödé".encode("ascii", "replace"), "Ünï".encode("ascii", "xmlcharrefreplace"))
print("café".encode("utf-8"), "café".encode("latin-1"), b"caf\xc3\xa9".decode(), "😀".encode("utf-16-le"))
print(b"\xff\xfe".decode("utf-8", "replace"), b"ab\xff".decode("utf-8", "backslashreplace"), b"\xe9".decode("cp1252"))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "ünï".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end, e.reason)
print(string.capwords("  hello   wide world "), "x".center(7, "·"), "Ab".swapcase(), "ǈ".swapcase())
print(sorted(["b", "A", "a", "B", "é", "e"]), sorted(["b", "A", "é", "e"], key=str.casefold))
print("straße".find("ss"), "STRASSE".casefold().find("ss"), "ǅ".istitle(), "ⅻ".isupper(), "ⅻ".upper())
print(ascii("naïve ☃"), repr("\x00\x7f\x80\u2028"), "a\u2028b".splitlines(), "a\x1cb\x1dc".split())
print(str(b"bytes"), "%s|%r|%a" % ("é", "é", "é"), "é".zfill(4), "-é".zfill(4))
