s = "python"
print([c for c in s], list(reversed(s)), sorted(s), "".join(sorted(s, reverse=True)))
print(s[0] + s[-1], s[1:4], s[::-1], len(s), s.count("o"))
print("apple" < "banana", "Apple" < "apple", "a" * 3 < "aab", "" < "a", max(["b", "a", "c"]))
print("ab" == "a" + "b", "abc" != "abd", str(123) + "!", str(1.5), str([1, "a"]))
print(hash("abc") == hash("ab" + "c"))
