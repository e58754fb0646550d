# Word statistics over a text: str methods, Counter, textwrap, f-string format specs.
import textwrap
import string
from collections import Counter, OrderedDict

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

table = str.maketrans("", "", string.punctuation)
words = TEXT.translate(table).lower().split()
print(len(words), "words,", len(set(words)), "distinct")
c = Counter(words)
for w, n in c.most_common(6):
    print(f"{w!r:>10} {n:3d} {n / len(words):6.1%}")
print(c["was"], c["zebra"], sum(c.values()))
c2 = Counter("the age of the season".split())
print(sorted((c & c2).items()), sorted((c2 - Counter(the=1)).items()))
print((c2 + Counter(age=2))["age"], c2.total())

longest = max(words, key=len)
print("longest:", longest, len(longest))
by_len = OrderedDict()
for w in sorted(set(words), key=lambda w: (len(w), w)):
    by_len.setdefault(len(w), []).append(w)
for k, v in by_len.items():
    print(f"{k:2}: {', '.join(v)}")
by_len.move_to_end(2)
print(list(by_len)[:3], list(by_len)[-1])
by_len.popitem(last=False)
print(next(iter(by_len)))

print(textwrap.fill(TEXT.replace("\n", " "), width=50, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, width=60, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "  | "))
print(textwrap.dedent("""
        def f():
            return 1
    """).strip())
for line in textwrap.wrap("Supercalifragilisticexpialidocious is a long word indeed", 12):
    print(f"[{line:^12}]")

s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" !")))
print("hello world".title(), "Hello World".swapcase(), "ß".upper(), "ǅ".lower())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".rsplit(None, 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(keepends=True))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("hello".find("l"), "hello".rfind("l"), "hello".index("e"), "hello".count("l"))
print("Hello".startswith(("He", "x")), "file.tar.gz".endswith(".gz"), "tar" in "file.tar.gz")
print("file.tar.gz".partition("."), "file.tar.gz".rpartition("."))
print("tab\tsep".expandtabs(8), "-".join(["a", "b"]), "abc123".isalnum(), "  ".isspace())
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("{:*^20}".format("mid"), "{0}{1}{0}".format("ab", "cd"), "%-6s|%5.2f|%x" % ("ab", 3.14159, 255))
print(f"{1234567.891:,.2f} {0.000123:.2e} {42:#010b} {255:#X} {3.5:g} {1e20:g} {-7:+d} {7: d}")
print(f"{'left':<8}|{'right':>8}|{123:_}|{'x'!r}|{3+4j}|{1/3:.3}|{12.5:%}")
width, prec = 10, 3
print(f"{3.14159265:{width}.{prec}f}|{'nest':{'>'}{width}}|")
name = "Ada"
print(f"{name=}, {len(name)=}, {name.upper()!s:>5}")
print(string.capwords("the quick  brown fox"), string.ascii_lowercase[:5], string.digits)
tmpl = string.Template("$who likes ${what}s; $$5")
print(tmpl.substitute(who="Tim", what="kiwi"), tmpl.safe_substitute(who="Al"))
