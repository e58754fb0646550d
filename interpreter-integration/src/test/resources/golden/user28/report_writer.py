"""Renders a report into io.StringIO with textwrap and string.Template."""
import io
import textwrap
from string import Template, Formatter, ascii_letters, capwords, punctuation

ARTICLE = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen
liquor jugs! How vexingly quick daft zebras jump; the five boxing wizards jump quickly.
Sphinx of black quartz, judge my vow."""

buf = io.StringIO()
print("=" * 40, file=buf)
print("Report".center(40), file=buf)
print("=" * 40, file=buf)
for line in textwrap.wrap(ARTICLE, width=36):
    print("| " + line.ljust(36) + " |", file=buf)
buf.write(textwrap.fill(ARTICLE, width=50, initial_indent="* ", subsequent_indent="  ") + "\n")
buf.write(textwrap.indent("alpha\n\nbeta\ngamma\n", "> "))
buf.write(textwrap.indent("alpha\n\nbeta\n", "+ ", predicate=lambda l: True))
print(textwrap.shorten(ARTICLE, width=60), file=buf)
print(textwrap.shorten("Hello   world  again", width=12, placeholder="~"), file=buf)
code = """
    def f(x):
        return x * 2
"""
print(textwrap.dedent(code).strip(), file=buf)
wrapper = textwrap.TextWrapper(width=25, break_long_words=True, max_lines=3, placeholder=" [more]")
print(wrapper.wrap("supercalifragilisticexpialidocious is a word that is long " * 2), file=buf)
print(textwrap.wrap("a\tb\tc", width=10, expand_tabs=True, tabsize=4), file=buf)
print(textwrap.fill("one two  three", width=7, drop_whitespace=False, replace_whitespace=True), file=buf)
text = buf.getvalue()
print(text, end="")
print(len(text), text.count("\n"), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(5)), buf.readlines()[-1:])
buf.seek(0)
buf.truncate(10)
print(repr(buf.getvalue()))

t = Template("Dear $name, your order #${order_id} of $$${amount} ships $when.")
print(t.substitute(name="Ann", order_id=1042, amount="19.99", when="today"))
print(t.safe_substitute({"name": "Bob"}, when="tomorrow"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(t.get_identifiers(), t.is_valid(), Template("$a $b $a").get_identifiers())


class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


print(PercentTemplate("%greeting, %who! 100%% sure").substitute(greeting="Hi", who="you"))
print(list(Formatter().parse("x={x!r:>{w}} and {0[1]} {{lit}}")))
print(Formatter().format("{0:^{1}}|{name[0]}|{name.__class__.__name__}", "mid", 9, name="s"))
print(capwords("hello   big  world"), capwords("a-b c-d", "-"), len(ascii_letters), punctuation[:10])

sio = io.StringIO("line1\nline2\r\nline3", newline=None)
print([l for l in sio])
bio = io.BytesIO()
bio.write("héllo".encode())
bio.write(b"\x00\xff")
print(bio.getvalue(), bio.getbuffer().nbytes, len(bio.getvalue()))
wrapper = io.TextIOWrapper(io.BytesIO("naïve\ncafé\n".encode("latin-1")), encoding="latin-1")
print(wrapper.read().split(), wrapper.encoding)
