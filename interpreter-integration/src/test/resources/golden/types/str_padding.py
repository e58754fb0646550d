s = "abc"
print("[" + s.center(9) + "]", "[" + s.center(8, "*") + "]", "[" + s.ljust(6, ".") + "]", "[" + s.rjust(6) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(s.center(2), s.ljust(0))
print("1\t22\t333".expandtabs(), "a\tb".expandtabs(4), repr("\t".expandtabs(2)))
