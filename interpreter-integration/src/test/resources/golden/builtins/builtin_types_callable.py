print(list(range(3)), tuple("ab"), dict(a=1), set([1, 1]), frozenset("aa"), str(5), int("5"), float("5"), bool(5))
print(type(int), type(len).__name__, int.__name__, str.__name__, type.__name__)
print(list.__name__, isinstance(list, type), issubclass(list, object), object.__name__)
print(bytes(2), bytearray(b"a"), type(slice(1)).__name__, type(range(1)).__name__)
