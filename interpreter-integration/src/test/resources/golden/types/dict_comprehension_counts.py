text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
letters = {c: text.count(c) for c in sorted(set(text)) if c != " "}
print(list(letters.items())[:6], len(letters))
