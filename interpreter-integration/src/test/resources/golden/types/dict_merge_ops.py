a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= {"w": 0}
print(a)
print({**a, **b, "extra": True})
print(dict(a, y=99), dict([("k", 1), ("j", 2)]), dict(zip("abc", range(3))))
print({1: "a"} == {1: "a"}, {1: 1, 2: 2} == {2: 2, 1: 1})
