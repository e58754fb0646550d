d = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset([1]): "fs"}
print(d)
print(d[1], d[1.0], d[(1, 2)], d[None], d[frozenset({1})])
try:
    d[[1]] = 0
except TypeError as e:
    print("TypeError:", e)
print(len({0: 0, 0.0: 1, False: 2}))
