import unicodedata, codecs, re, locale
s = "Ünïcödé ṡtrïng — ñ 日本語 😀 e\u0301"
print(len(s), s.upper(), s.lower(), s.casefold(), s.title())
print(unicodedata.normalize("NFC", "e\u0301") == "é", len(unicodedata.normalize("NFD", "é")), unicodedata.name("😀"), unicodedata.category("日"))
print([unicodedata.name(c, "?") for c in "a-Ω"], unicodedata.numeric("½"), unicodedata.decimal("٣"), "٣".isdecimal(), "²".isdigit(), "²".isdecimal())
print(s.encode("utf-8")[:12], s.encode("utf-16-le")[:6], s.encode("ascii", "replace")[:10], s.encode("ascii", "xmlcharrefreplace")[-20:])
print(s.encode("ascii", "backslashreplace")[:20], s.encode("latin-1", "ignore"), "é".encode("cp1252"), b"\xe9".decode("latin-1"))
print(b"\xff\xfeA\x00".decode("utf-16"), "ß".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "Σ".lower(), "ΑΣ".lower())
print(b"abc\xff".decode("utf-8", "replace"), b"abc\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason)
try:
    "日本".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print(repr("\x00\x7f\x80\u200b\U0001f600\ud800"), ascii("ñ😀"), "😀".encode("utf-8").hex(" "), chr(0x1F600), ord("€"))
print("straße".center(12, "·"), "日本語".ljust(6, "_") + "|", f"{'日本':>6}|", "a\u0301b"[1], "ｆｕｌｌ".isalpha(), "Ⅻ".isnumeric())
print(re.findall(r"\w+", "naïve café 日本 x_1"), re.findall(r"(?a)\w+", "naïve café"), re.sub(r"\s+", " ", "a\u3000b\u00a0c\td"))
print(sorted(["b", "A", "ä", "a", "Z"]), sorted(["b", "A", "ä", "a", "Z"], key=str.casefold), "ǅ".istitle(), "ǅ".title())
print(codecs.encode("abc", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.lookup("UTF8").name, codecs.lookup("latin1").name)
print("x".join("αβγ"), "αβγ"[::-1], "abc".translate({ord("a"): "α", ord("b"): None}), str.maketrans({"x": "y"}))
print(" \t\n\x0b\x0c\x1c\u2028".isspace(), "a\u2028b".splitlines(), "a\x1cb".split(), "tschüß".encode("idna") if False else "")
print("%-5s|%5s|" % ("ñ", "日"), "{:^7}".format("😀"), "abc".encode("utf-32")[:8], "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print(int("٤٢"), float("١.٥"), "1️⃣".encode(), [hex(ord(c)) for c in "1️⃣"], "x\u0000y".replace("\0", "0"))
