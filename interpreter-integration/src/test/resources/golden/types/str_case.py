s = "hello World of pYthon 3x"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep="\n")
print("they're bill's".title(), "ß".upper(), "ǈ".title())
print("Hello".casefold(), "HELLO".casefold() == "hello")
print("abc".isupper(), "ABC".isupper(), "Abc".islower(), "abc1".islower(), "123".isupper())
print("Title Case".istitle(), "Not title".istitle())
