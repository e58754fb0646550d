"""Word frequency tool: reads text from stdin, prints a report."""
import argparse
import re
import sys
from collections import Counter, defaultdict

sys.argv = ["wordfreq", "--top", "8", "--min-len", "3", "--ignore", "the,and"]

parser = argparse.ArgumentParser(prog="wordfreq", description="Count words")
parser.add_argument("--top", type=int, default=10, help="how many words")
parser.add_argument("--min-len", type=int, default=1)
parser.add_argument("--ignore", default="", help="comma separated stop words")
parser.add_argument("--case", action="store_true")
args = parser.parse_args()
print(args)

stop = {w for w in args.ignore.split(",") if w}
text = sys.stdin.read()
lines = text.splitlines()
words = re.findall(r"[A-Za-z']+", text if args.case else text.lower())
words = [w.strip("'") for w in words]
words = [w for w in words if len(w) >= args.min_len and w not in stop]
counts = Counter(words)

print(f"lines={len(lines)} words={len(words)} distinct={len(counts)}")
width = max(len(w) for w, _ in counts.most_common(args.top))
for rank, (word, n) in enumerate(counts.most_common(args.top), 1):
    bar = "#" * n
    print(f"{rank:>2}. {word:<{width}} {n:>3} {bar}")

by_initial = defaultdict(list)
for w in sorted(counts):
    by_initial[w[0]].append(w)
for letter in sorted(by_initial)[:6]:
    group = by_initial[letter]
    print(f"{letter!r}: {len(group)} -> {', '.join(group[:4])}{' ...' if len(group) > 4 else ''}")

lengths = Counter(len(w) for w in words)
print("length histogram:")
for length in sorted(lengths):
    print("  %2d | %-20s| %d" % (length, "*" * lengths[length], lengths[length]))

longest = max(lines, key=len)
print(f"longest line ({len(longest)} chars): {longest[:40]!r}...")
print("average word length: %.3f" % (sum(map(len, words)) / len(words)))
vowels = sum(ch in "aeiou" for w in words for ch in w)
print(f"vowel ratio: {vowels / sum(map(len, words)):.2%}")
