import pprint
import re
import string
import textwrap

lorem = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
         "How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")
for w in (20, 33, 50):
    print(textwrap.fill(lorem, width=w))
    print("-" * w)
print(textwrap.fill(lorem, width=40, initial_indent="* ", subsequent_indent="  ", max_lines=3,
                    placeholder=" [...]"))
print(textwrap.shorten(lorem, width=45))
print(textwrap.shorten("Hello  world!   spaced", width=12, placeholder="..."))
print(textwrap.indent("a\n\nb\nc\n", "> "))
print(textwrap.indent("a\n\nb\n", "+ ", lambda line: True), end="")
print(repr(textwrap.dedent("""\
        def f():
            return 1
    """)))
w = textwrap.TextWrapper(width=15, break_long_words=False, break_on_hyphens=True)
print(w.wrap("a supercalifragilisticexpialidocious well-known self-evident truth"))
print(textwrap.wrap("tabs\there\tand\tthere", width=12, expand_tabs=True, tabsize=4))

data = {"name": "widget", "sizes": [1, 2, 3] * 6, "nested": {"a": {"b": {"c": {"d": [1, 2]}}}},
        "tuple": tuple(range(12)), "text": "x" * 90, "set": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=30, compact=True))
print(pprint.isreadable(data), pprint.isrecursive(data))
rec = [1, 2]
rec.append(rec)
print(re.sub(r"id=\d+", "id=N", pprint.pformat(rec)), pprint.isrecursive(rec))
pprint.pp({"z": 1, "a": 2})

t = string.Template("$who likes ${what}s; cost: $$${price}")
print(t.substitute(who="Tim", what="apple", price="1.50"))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)


class Pct(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


print(Pct("%name is %age%% done").safe_substitute(name="job", age=40))
print(string.Template("$a $b").get_identifiers(), string.Template("$a $$ ${b}").is_valid())
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"))
f = string.Formatter()
print(f.format("{0:>6}|{name:^7}|{1!r}", 3.5, "x", name="mid"))
print(list(f.parse("a{0}b{x!r:>3}c")))
