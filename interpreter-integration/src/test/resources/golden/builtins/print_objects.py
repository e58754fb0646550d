class Obj:
    def __str__(self): return "Obj!"
print(Obj(), [Obj()] == [], 1.0, 10 ** 20, 1e20, -0.0, 2 ** 0.5)
print((1, "a", [None]), {"k": (1,)}, {1, 2}, frozenset({3}), range(2), b"x", bytearray(b"y"))
print("%s %r" % (Obj(), "q"), str(Obj()), "".join([str(Obj())] * 2))
print(True, False, None, ..., NotImplemented, int, len)
