"""A Markov-chain text generator with random.seed, defaultdict/Counter, textwrap and string.Template."""
import random
import re
import string
import textwrap
from collections import Counter, defaultdict

CORPUS = """
It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
it was the season of Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""


class Chain:
    def __init__(self, order=2):
        self.order = order
        self.table = defaultdict(Counter)
        self.starts = []

    def train(self, text):
        words = re.findall(r"[\w']+|[.,]", text)
        for i in range(len(words) - self.order):
            key = tuple(words[i:i + self.order])
            self.table[key][words[i + self.order]] += 1
            if i == 0 or words[i - 1] == ".":
                self.starts.append(key)
        return self

    def generate(self, rng, max_words=40):
        key = rng.choice(self.starts)
        out = list(key)
        while len(out) < max_words:
            options = self.table.get(key)
            if not options:
                break
            words, weights = zip(*sorted(options.items()))
            nxt = rng.choices(words, weights=weights)[0]
            out.append(nxt)
            if nxt == ".":
                break
            key = (*key[1:], nxt)
        text = " ".join(out)
        return re.sub(r" ([.,])", r"\1", text)

    def stats(self):
        branching = [len(c) for c in self.table.values()]
        return len(self.table), max(branching), sum(branching) / len(branching)


chain = Chain(order=2).train(CORPUS)
n, widest, avg = chain.stats()
print(f"states={n} widest={widest} avg_branching={avg:.3f}")
top = sorted(chain.table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:3]
for key, counter in top:
    print(" ".join(key), "->", dict(sorted(counter.items())))
for seed in (1, 2, 3):
    rng = random.Random(seed)
    text = chain.generate(rng)
    print(f"--- seed {seed} ({len(text.split())} words)")
    print(textwrap.fill(text[0].upper() + text[1:], width=60, initial_indent="  ", subsequent_indent="  "))
tmpl = string.Template("Generated $count sentences from a $size-word corpus by ${who}; cost: $$0.")
print(tmpl.substitute(count=3, size=len(CORPUS.split()), who="Chain"))
print(tmpl.safe_substitute(count=1), tmpl.get_identifiers(), tmpl.is_valid())
try:
    tmpl.substitute(count=1)
except KeyError as e:
    print("missing:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("invalid:", e)


class Brace(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


print(Brace("%greet, %who! 100%%").substitute(greet="hi", who="bob"))
word_freq = Counter(w.lower() for w in re.findall(r"[a-zA-Z']+", CORPUS))
print(word_freq.most_common(4), len(word_freq), word_freq["times"], word_freq["absent"])
print(textwrap.shorten(CORPUS.strip(), width=50, placeholder=" ..."))
print(textwrap.indent(textwrap.dedent("""\
      first
        second
      third"""), "| ", lambda line: not line.startswith("  ")))
