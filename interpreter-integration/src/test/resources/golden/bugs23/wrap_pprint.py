"""A report printer: textwrap (fill, wrap with indents, shorten, dedent/indent with predicates, long words,
tabs, break_on_hyphens, max_lines with placeholder) and pprint of nested configuration data (width, depth,
compact, sort_dicts, underscore_numbers, recursive structures, pformat, isreadable/isrecursive, PrettyPrinter)."""
import pprint
import re
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Supercalifragilisticexpialidocious words and "
        "well-known hyphenated-terms should wrap\tnicely; tabs expand.  Two spaces after periods.")
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, width=24, break_long_words=False, break_on_hyphens=False)[:5])
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  ", max_lines=3))
print(textwrap.fill(text, width=40, fix_sentence_endings=True, expand_tabs=False, replace_whitespace=False)[:90])
print(repr(textwrap.shorten("Hello   world, this is a long title", width=20)))
print(repr(textwrap.shorten("Hello world", width=11)), repr(textwrap.shorten("   ", width=5)))
try:
    textwrap.shorten("abc", width=3, placeholder=" [....]")
except ValueError as e:
    print("ValueError:", e)
code = """
    def f(x):
        if x:
            return 1

        return 2
"""
print(textwrap.dedent(code))
print(textwrap.indent(textwrap.dedent(code).strip(), "> "))
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda line: True), end="")
print(textwrap.dedent("  a\n\t b\n"), textwrap.dedent("   x\n   \n  y"), sep="|")
w = textwrap.TextWrapper(width=15, tabsize=4, drop_whitespace=False)
print(w.wrap("col1\tcol2\tcol3  end   of line"))
print(textwrap.wrap("a" * 25, 10), textwrap.wrap("", 10), textwrap.wrap("word " * 3, 4))

config = {
    "service": {"name": "billing", "replicas": 3, "ports": [8080, 8443],
                "env": {"DB_URL": "postgres://db:5432/billing", "FEATURE_FLAGS": ["a", "b", "c"]}},
    "limits": {"cpu": 1.5, "memory": 2_147_483_648, "burst": None},
    "jobs": [{"id": i, "cron": f"*/{i + 1} * * * *", "tags": ("nightly",) * i} for i in range(4)],
    "matrix": [[r * c for c in range(8)] for r in range(4)],
    "empty": [{}, [], (), set(), frozenset()],
}
pprint.pprint(config)
pprint.pprint(config, width=120, depth=2)
pprint.pprint(config["matrix"], compact=True, width=40)
pprint.pprint(config["limits"], sort_dicts=False, underscore_numbers=True)
print(pprint.pformat({"z": 1, "a": [1, 2], "m": {"y": 2, "b": 1}}, indent=4, width=10))
pprint.pp({"b": 2, "a": 1})
loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(re.sub(r'id=\d+', 'id=N', pprint.pformat(loop) + ' ' + pprint.pformat(d)), pprint.isrecursive(loop), pprint.isreadable(config), pprint.isreadable(loop))
print(pprint.saferepr([1, "two", {3: (4, 5)}]))
pp = pprint.PrettyPrinter(width=30, indent=2)
print(pp.pformat(["alpha" * 3, "beta" * 4, ("gamma", "delta" * 3)]))
print(pprint.pformat("a long string that certainly does not fit on one line of the output", width=30))
print(pprint.pformat(b"bytes that are quite long and need wrapping in pprint", width=25))
print(pprint.pformat(sorted({"pear", "apple", "fig"}), width=12))
