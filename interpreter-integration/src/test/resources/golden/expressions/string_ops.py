s = "abc"
print(s + "def", s * 3, 3 * s, s * 0, s * -1)
print(s[0], s[-1], s[1:], s[:-1], s[::-1], s[::2], s[5:], s[-10:2])
print("x" < "y", "abc" == "ab" + "c", "a" * 3 == "aaa")
print("%s-%d" % ("a", 3), "a,b".split(","))
print(min("hello"), max("hello"), sorted("hello"))
