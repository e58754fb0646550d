xs = ["\U00010000", "\uffff", "\ue000", "a", "é", "\U0001f600", "\ud7ff"]
print([a < b for a in xs for b in xs])
print(sorted(xs) == sorted(xs, key=lambda s: [ord(c) for c in s]), max(xs) == "\U0001f600", min(xs))
print("a\U00010000" > "a\uffff", "\U00010000" >= "\uffff", sorted(["x" + c for c in xs])[-2:])
