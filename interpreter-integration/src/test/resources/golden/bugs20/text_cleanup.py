# Cleaning pasted text: unusual whitespace (NEL, NBSP, ideographic space), unicodedata normalisation, accents.
import unicodedata
import re

RAW = "Caf\u00e9\u00a0au\u2003lait\u0085second line\u2028third\u3000part\ttab  end\u200b!  \r\nNa\u0131ve Co\u0308operation \ufb01le"

print([c for c in RAW if c.isspace()].__len__(), [f"U+{ord(c):04X}" for c in RAW if c.isspace()])
print(RAW.split())
print(RAW.splitlines())
print(repr(" \u0085x\u00a0".strip()), repr("\u2000a\u3000".lstrip()), " \x85 ".isspace(), "\u200b".isspace())
clean = " ".join(RAW.split())
print(clean)
print(re.sub(r"\s+", " ", RAW).strip() == clean, re.findall(r"\S+", "a\u0085b\u00a0c"))

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

print(strip_accents(clean), unicodedata.normalize("NFKC", "\ufb01 \u2460 \uff21"), len(unicodedata.normalize("NFC", "Co\u0308")))
for ch in "é\u00a0ı€5Ⅻ\u200b":
    print(f"U+{ord(ch):04X} {unicodedata.name(ch, '?'):<32} {unicodedata.category(ch)} {unicodedata.numeric(ch, None)}")
print(unicodedata.lookup("SNOWMAN"), unicodedata.decimal("٣"), unicodedata.east_asian_width("Ａ"), unicodedata.mirrored("("))
print("ǈ".istitle(), "İ".lower(), len("İ".lower()), "ß".casefold(), "ﬁ".upper(), "Σίσυφος".upper(), "ΌΣΟΣ".lower())
print("straße".upper().lower(), "ǆ".title(), "hello world".title(), "they're bill's".title(), "ÀÉÎ".swapcase())

class ModInt:
    def __init__(self, v, m):
        self.v, self.m = v % m, m
    def __mul__(self, o):
        return ModInt(self.v * (o.v if isinstance(o, ModInt) else o), self.m)
    def __pow__(self, e, mod=None):
        return ModInt(self.v.__pow__(e, self.m), self.m)
    def __repr__(self):
        return f"{self.v} (mod {self.m})"

x = ModInt(3, 1000000007)
print(x ** 1000, pow(x, 10 ** 18), x * 5, (7).__pow__(3, 5), (7).__pow__(3), (2.0).__pow__(3))
try:
    (2.0).__pow__(3, 5)
except TypeError as e:
    print("TypeError:", e)
print(int("\u0663\u0664"), float("\u00a012.5\u2003"), int(" 7\x85"), "\u0663".isdigit(), "½".isnumeric(), "½".isdigit())
