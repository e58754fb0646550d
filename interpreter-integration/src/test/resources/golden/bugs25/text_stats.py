import re
from collections import Counter, defaultdict, OrderedDict
from itertools import groupby, chain, islice, accumulate, pairwise

TEXT = """The quick brown fox jumps over the lazy dog. The dog, annoyed, barks!
A second line: numbers 12, 3.5 and -7 appear; emails a.b@example.com, x_y@test.org.
Dates 2024-01-15 and 1999-12-31. Words repeat: fox fox dog the THE.
"""

words = re.findall(r"[A-Za-z']+", TEXT)
print(len(words), words[:6])
c = Counter(w.lower() for w in words)
print(c.most_common(5))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
nums = [float(x) if "." in x else int(x) for x in re.findall(r"-?\d+(?:\.\d+)?", TEXT)]
print(nums, sum(nums))
emails = re.findall(r"\b[\w.]+@[\w.]+\.\w+\b", TEXT)
print(emails)
for m in re.finditer(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", TEXT):
    print(m.group(0), m.span(), m.groupdict(), m["y"])
by_len = defaultdict(list)
for w in sorted(set(x.lower() for x in words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
for k, g in groupby(sorted(words, key=str.lower), key=lambda w: w[0].lower()):
    print(k, list(g))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(pairwise("abcd")))
print(list(islice(chain.from_iterable(["ab", "cd", "ef"]), 1, 5)))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home bob@work"))
print(re.split(r"[;,]\s*", "a, b;c,  d"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
od = OrderedDict.fromkeys("mississippi")
print("".join(od))
lines = TEXT.splitlines()
print([ln[:10] for ln in lines])
print(TEXT.count("the"), TEXT.lower().count("the"))
pat = re.compile(r"(\w)\1")
print(pat.findall("bookkeeper committee"))
print(re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
print(repr(re.escape("1+1=2?")))
tbl = str.maketrans("aeiou", "AEIOU", "xyz")
print("lazy fox quietly".translate(tbl))
print(" | ".join(f"{w:>6}" for w in ["a", "bb", "ccc"]))
