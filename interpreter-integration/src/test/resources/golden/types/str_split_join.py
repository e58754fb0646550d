s = "  a,b,,c  "
print(s.split(","), s.split(), "a b  c".split(" "), "a b  c".split())
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1))
print("".split(","), "".split(), "abc".split("abc"))
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"), "+".join(map(str, range(4))))
try:
    "".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
