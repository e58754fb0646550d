print(repr(1), repr(1.5), repr("a'b"), repr([1, "x", None]), repr((1,)), repr({"k": [1.0]}))
print(repr(range(3)), repr(range(1, 5, 2)), repr(slice(1, None)), repr(b"\x00a"), repr(...), repr(NotImplemented))
print(repr(int), repr(ValueError("x")), repr(KeyError("k")), repr(frozenset()), repr(set()))
class P:
    def __repr__(self): return "<P>"
print(repr([P(), P()]), str([P()]), repr({1: P()}))
