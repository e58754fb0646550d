s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("the", "a", 1), s.replace("", "-")[:12])
print(s.find("at"), s.find("at", 6), s.find("zz"), s.rfind("at"), s.find("the", 1, 10))
print(s.index("sat"), s.rindex("the"), s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("mat"), s.endswith("cat", 0, 7), s.startswith("cat", 4))
