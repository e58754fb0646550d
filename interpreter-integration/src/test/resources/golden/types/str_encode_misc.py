s = "héllo"
b = s.encode()
print(b, b.decode(), s.encode("utf-8") == b, s.encode("latin-1"), s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.start, e.end)
print(len(s), len(b), str(b, "utf-8"), b"caf\xc3\xa9".decode("utf-8"))
print("abc".translate(str.maketrans("ab", "xy")), "hello".translate({ord("l"): None}))
print(ord("a"), chr(97), "abc" * 2, "a" in "abc", "abc".__len__())
