"""A report/letter generator: textwrap, string.Template, format specs, str methods, pprint, reprlib, unicodedata."""
import pprint
import reprlib
import string
import textwrap
import unicodedata
from string import Template, Formatter

LOREM = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
         "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
print(textwrap.fill(LOREM, width=36, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(LOREM, 20, max_lines=3, placeholder=" [...]"))
print(textwrap.shorten("Hello   world,  this is   long", width=18), textwrap.shorten("short", 10))
print(repr(textwrap.dedent("""\
        def f():
            return 1
          # odd
    """)))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\n\nb", "+ ", lambda l: True), sep="|")
w = textwrap.TextWrapper(width=15, break_long_words=True, break_on_hyphens=True, expand_tabs=True, tabsize=4)
print(w.wrap("supercalifragilisticexpialidocious well-known\tthings"))
print(textwrap.wrap("a  b   c", 3, drop_whitespace=False), textwrap.fill("x" * 12, 5))


class Letter(Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9_]*"


t = Template("Dear $name, you owe $$${amount} by ${due}. $missing")
print(t.safe_substitute(name="Ann", amount="12.50", due="Friday"))
try:
    t.substitute(name="Ann")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Letter("Hi %who, %%off %n1").substitute(who="Bo", n1=3), t.get_identifiers() if hasattr(t, "get_identifiers") else "")
print(Template("$a$b").substitute({"a": 1}, b=2), Template.pattern.pattern.count("(?P<") == 4)

rows = [("Widget", 4, 3.5), ("Gadget, large", 12, 10.0), ("Thing", 1000, 0.125), ("Ümlaut", -3, -1.5)]
print(f"{'Item':<14}|{'Qty':>6}|{'Price':^9}|{'Total':>10}")
print(f"{'':-<14}+{'':->6}+{'':-^9}+{'':->10}")
for name, q, p in rows:
    print(f"{name:<14.14}|{q:>6,d}|{p:^9.2f}|{q * p:>10,.2f}")
print("{:*^30}".format(" END "), "{0!r:>10} {0!s:<5}|".format("x"), "{:{w}.{p}f}".format(3.14159, w=9, p=3))
print("{a[0]}-{b.real}-{c[k]}".format(a=[7], b=2 + 3j, c={"k": "v"}), "%(x)s=%(y)05.1f" % {"x": "v", "y": 2.25})
print(list(Formatter().parse("a{0:>3}b{name!r}c{{d}}")), Formatter().format("{0}{1:x}", "n", 255))
print(format(12345.678, "010.1f"), format(-5, "05"), format(5, "+"), format(0.5, ".0%"), format("ab", "^5"), format(True, "d"))
print("%-6s|%6.2s|%c%c" % ("ab", "xyz", 0x263A, "Q"), "%(n)d%%" % {"n": 50}, "%s %s" % (1, (2,)), "%r" % ((1,),))

s = "  Hello, World!  \t"
print(repr(s.strip()), s.lstrip(" H"), s.rstrip("\t "), s.center(24, "."), "42".zfill(5), "-42".zfill(6), "+x".zfill(4))
print("a,b,,c".split(","), "a b  c".split(), "a b  c".split(" "), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("Hello".swapcase(), "hello world".title(), "they're bill's".title(), "ß".upper(), "ǅ".lower(), "ﬁ".casefold())
print("tab\tsep\tcol".expandtabs(6), "one\ntwo\r\nthree\rfour".splitlines(True), "x".join(map(str, range(4))))
tr = str.maketrans({"a": "4", "e": "3", "s": None}) | str.maketrans("o", "0")
print("leetspeak sources".translate(tr), "abc".maketrans("ab", "xy", "c"))
print("ABC".isupper(), "a1".isalnum(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "".isspace(), " \u2003".isspace())
print("x".isidentifier(), "1x".isidentifier(), "Ab Cd".istitle(), "é".isascii(), "abc".removeprefix("a").removesuffix("c"))
print("mississippi".count("ss"), "mississippi".find("ss", 3), "mississippi".rindex("i"), "abc".startswith(("x", "ab"), 0))
for ch in "aÅ€\u0301😀":
    print(f"U+{ord(ch):04X} {unicodedata.name(ch, '?'):<40} {unicodedata.category(ch)} {ch.encode('utf-8').hex()}")
cafe = "cafe\u0301"
print(len(cafe), len(unicodedata.normalize("NFC", cafe)), unicodedata.normalize("NFKD", "ﬁ①"), ascii("café😀"))
print("naïve".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"), b"na\xefve".decode("latin-1"))
print(b"\xff\xfeA".decode("utf-8", "replace"), b"a\x80b".decode("utf-8", "backslashreplace"), "😀".encode("utf-16-le"))
data = {"users": [{"name": n, "roles": ["admin", "dev"][: i % 3], "id": i} for i, n in enumerate("abcd")], "v": (1, 2)}
pprint.pprint(data, width=50, sort_dicts=True)
print(pprint.pformat(list(range(30)), width=40, compact=True))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}))
print(string.ascii_letters[:10], string.digits, string.punctuation[:8], string.capwords("hello   there  you"))
