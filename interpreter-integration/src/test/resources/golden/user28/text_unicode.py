"""Text cleaning for a multilingual glossary: unicodedata, str/bytes methods, array, memoryview."""
import array
import unicodedata

words = ["café", "Straße", "naïve", "ﬁancé", "Ångström", "日本語", "résumé", "ΣΊΣΥΦΟΣ", "İstanbul"]
for w in words:
    nfd = unicodedata.normalize("NFD", w)
    ascii_ = "".join(c for c in nfd if not unicodedata.combining(c))
    print(f"{w:<10} len={len(w)} nfd={len(nfd)} nfkc={unicodedata.normalize('NFKC', w)!r} fold={w.casefold()!r} "
          f"upper={w.upper()!r} lower={w.lower()!r} title={w.title()!r} ascii={ascii_!r}")
for ch in "aé€😀\u00a0ß½":
    print(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')} {unicodedata.category(ch)} {unicodedata.numeric(ch, None)} {unicodedata.east_asian_width(ch)}")
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), "\N{BLACK HEART SUIT}", unicodedata.decimal("٣"), "٣".isdigit(), int("٣٤"))
table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
print("Größe Übermäßig".translate(table), "hello".translate(str.maketrans("el", "ip", "o")))
s = "  Tabs\tand\tspaces  "
print(repr(s.expandtabs(4)), repr(s.strip()), "42".zfill(6), "-42".zfill(6), "abc".center(9, "*"), "x".rjust(3, "0"))
print("a,b,,c".split(","), "a b  c".split(), "a\nb\r\nc".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("report.pdf".removesuffix(".pdf"), "v1.2".removeprefix("v"), "Hello World".swapcase(), "ab".join("xyz"))
print("hello world".title(), "they're bill's".title(), "ABC".isupper(), "a1".isalnum(), " ".isspace(), "Ⅻ".isnumeric(), "x_1".isidentifier())
print("mississippi".count("ss"), "mississippi".find("ss", 3), "mississippi".rindex("i"), "abc".startswith(("x", "a")), "%".join(["1", "2"]))
b = "naïve ☕".encode("utf-8")
print(b, b.hex(), b.hex(":", 2), bytes.fromhex("de ad be ef"), b.decode("ascii", errors="replace"), b.decode("latin-1"))
print("naïve".encode("ascii", errors="xmlcharrefreplace"), "naïve".encode("ascii", "backslashreplace"), "€".encode("cp1252"), "ü".encode("utf-16-le"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:] = b"There"
ba.extend(b"!!")
del ba[-1]
print(ba, ba.upper(), ba.find(b"T"), ba.replace(b"l", b"L", 1), bytes(ba[:5]), ba.split(), list(ba[:3]))
mv = memoryview(bytearray(range(8)))
print(mv[2:5].tolist(), mv.cast("H").tolist(), mv.nbytes, mv.format, mv.itemsize, mv.readonly, bytes(mv[::2]))
mv[0] = 255
print(mv.obj, mv.hex())
arr = array.array("i", [5, 1, 4])
arr.append(10)
arr.extend([2, 3])
arr.insert(0, -1)
print(arr, arr.tolist(), arr.itemsize, arr.typecode, arr[1:3], arr.index(4), arr.count(1), sum(arr), sorted(arr))
fa = array.array("d", [1.5, 2.25])
print(fa.tobytes().hex(), array.array("d", fa.tobytes()), array.array("u", "hi"), array.array("B", b"\x01\x02") * 2)
try:
    arr.append(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
print(ascii("café ☕"), repr("tab\there"), repr("quote'"), repr('both\'"'), str(b"x"), repr("\x00\x7f\u200b"), chr(0x1F600), ord("€"))
print(sorted(["b", "A", "é", "e", "Z"]), sorted(["b", "A", "é", "e", "Z"], key=str.casefold), max("hello"), "ß".upper(), "ǅ".lower())
