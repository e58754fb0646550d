"""A code-review helper on difflib: unified and context diffs of two versions of a config, ndiff with intraline
hints, SequenceMatcher ratios/opcodes/matching blocks (with and without autojunk and isjunk), get_close_matches
for 'did you mean', HtmlDiff-free restore() of ndiff output, and a word-level diff."""
import difflib

old = """[server]
host = example.org
port = 8080
workers = 4
# logging
level = info
path = /var/log/app.log
""".splitlines(keepends=True)
new = """[server]
host = example.com
port = 8080
workers = 8
timeout = 30
# logging
level = debug
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/app.ini", tofile="b/app.ini", n=1)), end="")
print("".join(difflib.context_diff(old, new, fromfile="old", tofile="new", n=0)), end="")
delta = list(difflib.ndiff(old, new))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)) == "".join(old), "".join(difflib.restore(delta, 2)) == "".join(new))

sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
print(sm.get_matching_blocks())
sm2 = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "a  b c  e")
print(round(sm2.ratio(), 4), sm2.find_longest_match(0, 7, 0, 9))
print([list(g) for g in difflib.SequenceMatcher(None, "abcdefghij", "abXdefYhij").get_grouped_opcodes(1)])

long_a = ["x"] * 250 + ["y"]
long_b = ["x"] * 250 + ["z"]
print(round(difflib.SequenceMatcher(None, long_a, long_b).ratio(), 4),
      round(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio(), 4))

commands = ["commit", "checkout", "cherry-pick", "clone", "config", "clean", "status", "stash"]
for typo in ["comit", "chekout", "stats", "xyz", "conf"]:
    print(typo, difflib.get_close_matches(typo, commands), difflib.get_close_matches(typo, commands, n=1, cutoff=0.4))

a_words = "the quick brown fox jumps over the lazy dog".split()
b_words = "the quick red fox jumped over the very lazy dog".split()
out = []
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a_words, b_words).get_opcodes():
    if tag == "equal":
        out.extend(a_words[i1:i2])
    if tag in ("delete", "replace"):
        out.append("[-" + " ".join(a_words[i1:i2]) + "-]")
    if tag in ("insert", "replace"):
        out.append("{+" + " ".join(b_words[j1:j2]) + "+}")
print(" ".join(out))
print(list(difflib.unified_diff(["a\n"], ["a\n"])), list(difflib.unified_diff([], ["new\n"], lineterm="")))
print("".join(difflib.unified_diff(["one", "two"], ["one", "three"], lineterm="")))
print(list(difflib.unified_diff(["x"], ["y"], "f1", "f2", "2026-01-01", "2026-01-02", lineterm="")))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"), difflib.IS_LINE_JUNK(" # \n"), difflib.IS_LINE_JUNK("code\n"))
d = difflib.Differ()
print(list(d.compare(["private int x = 1;\n"], ["private long x = 10;\n"])))
