# unicodedata over java.lang.Character and java.text.Normalizer.
import unicodedata as ud

chars = "aZ09_ \t\u00e9\u00c5\u00b2\u00bd\u0301\u0327\u05b0\u0930\u093c\u094d\u0660\u4e00\u4e09\u767e\uac00\uac01\ud7a3" \
        "\u20ac\u2126\u212b\ufb01\uff21\uff76\u3000\u2028\u00ad\u200d\u0661\u2460\u2167\u00a0\u0628\u05d0(\u3042\U0001f600"
for ch in chars:
    print("%04X" % ord(ch), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.mirrored(ch),
          ud.name(ch, "-"), repr(ud.decomposition(ch)), ud.decimal(ch, None), ud.digit(ch, None),
          ud.numeric(ch, None), ud.east_asian_width(ch))
for name in ["LATIN SMALL LETTER A", "latin small letter sharp s", "EURO SIGN", "CJK UNIFIED IDEOGRAPH-4E2D",
             "HANGUL SYLLABLE GAG", "GRINNING FACE", "SNOWMAN"]:
    print(name, "->", "%04X" % ord(ud.lookup(name)))
for bad in ["NO SUCH CHARACTER NAME"]:
    try:
        ud.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
s = "Åström café ﬁ ½ Ⅻ ＡＢＣ \u1e9b\u0323"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, n), ud.is_normalized(form, s))
for bad in [lambda: ud.normalize("NFX", "a"), lambda: ud.category("ab"), lambda: ud.name("\x00"),
            lambda: ud.decimal("x"), lambda: ud.numeric("x"), lambda: ud.digit("½")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, ud.ucd_3_2_0.category("A"), ud.ucd_3_2_0.normalize("NFC", "e\u0301"))
# what the standard library uses it for
print("e\u0301" == "é", ud.normalize("NFC", "e\u0301") == "é")
print(sorted(["b", "a", "é", "e"], key=lambda c: ud.normalize("NFD", c)))
