# A user's container-heavy script: list methods and slicing, dict methods and views, str methods, sorting.
import random
rng = random.Random(5)
xs = [rng.randint(-50, 50) for _ in range(60)]
print(xs[::7], xs[-3:], xs[5:1:-1], xs[::-13], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:10:3] = [0, 0, 0]
ys[::-20] = ["a", "b", "c"]
del ys[1:40:4]
ys[3:3] = [9, 9]
ys[-2:] = []
print(ys, len(ys))
ys.reverse(); ys.insert(-100, "first"); ys.insert(100, "last"); ys.extend(range(3)); ys += "ab"
print(ys[:5], ys[-6:], ys.index(9), ys.count(0), ys.pop(), ys.pop(0), ys.pop(-3))
zs = sorted(x for x in xs if x % 3)
zs.sort(key=lambda v: (abs(v), v), reverse=True)
print(zs[:10], sorted(xs, key=abs)[:8], min(xs), max(xs, key=lambda v: (v % 7, v)))
print([xs[i:i + 3] for i in range(0, 12, 3)], list(reversed(xs[:5])), xs[:5] * 2, [0] * 3 + [1], 2 * [None])
a = list(range(10))
a[2:5], a[7:] = a[7:], a[2:5]
print(a, a == sorted(a), a < [0, 1, 8], [1, 2] < [1, 2, 0], [[1], [2]] == [[1], [2]])
d = {k: v for k, v in zip("abcdefgh", range(8))}
d.update(x=1, y=2); d.update([("z", 26)]); d |= {"a": 100}
print(d, d.pop("b"), d.pop("nope", -1), d.setdefault("c", 9), d.setdefault("w", []), d.get("q"), list(d)[-3:])
print(d.popitem(), len(d), sorted(d.items(), key=lambda kv: kv[1])[:3], sorted(d.keys() & {"a", "z", "k"}),
      sorted(d.keys() - {"a"}), {**d, "new": 0} == d, dict.fromkeys("xyz", 0), dict(zip(range(3), "abc")))
del d["a"]
for k in list(d):
    if isinstance(d[k], int) and d[k] % 2:
        del d[k]
print(d, list(d.values()), "c" in d, d == dict(d), dict(sorted(d.items())))
s = "  Hello, World! The quick brown fox.  "
print(s.strip().split(), s.split(","), s.rsplit(None, 2), s.partition("o"), s.rpartition("o"), s.title(),
      s.swapcase(), s.center(44, "*"), s.count("o"), s.find("quick"), s.rfind("o"), s.replace("o", "0", 2))
print("-".join(map(str, range(10))), "abc".upper().lower().capitalize(), "a,b,,c".split(","), "x".zfill(5),
      "%s=%r %5.2f|%-6d|%06.1f|%x|%o|%c" % ("k", "v", 3.14159, 42, -2.5, 255, 8, 65), "{:>8}|{:<8}|{:^8}".format(1, 2, 3))
print("tab\there".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "ab" * 3, "abc"[::-1], "hello"[1:4],
      "Straße".casefold(), "ǅ".lower(), "ﬁ".upper(), "abc".translate({97: "A", 98: None}), str.maketrans("ab", "xy"))
words = s.lower().replace(",", "").replace("!", "").replace(".", "").split()
print(sorted(set(words)), {w: words.count(w) for w in words}, sorted(words, key=len)[-2:], any(w.isupper() for w in words))
t = tuple(xs[:6])
print(t, t[1:4], t.index(t[2]), t.count(t[0]), t + (1,), t * 2 == t + t, sorted(t), hash(t) == hash(tuple(list(t))))
nested = {"a": [1, {"b": (2, 3)}], "c": {"d": [4, 5, {"e": 6}]}}
print(nested, str(nested) == repr(nested), [repr(x) for x in (1.0, 1e100, -0.0, "q'uote", b"\x00\xffab", ["\n"])])
print("Straße ẞ ﬁ ﬀ ς Σ ſ µ İ ı ǅ ᏸ ꭰ Ꭰ ŉ ΐ".casefold(), "  a b c ".rsplit(None, 1), " a b c ".rsplit(None, 0),
      "a  b  c".rsplit(None, 1), "\ta\tb\t".rsplit(maxsplit=1), "x y".rsplit(None, 5))
