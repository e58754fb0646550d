print(hash(1), hash(-1), hash(0), hash(10 ** 20) == hash(10 ** 20), hash(1.0) == hash(1), hash(True))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(0.5), hash(-0.0), hash(1.5) == hash(1.5), hash(frozenset()) == hash(frozenset()))
print(hash(None) == hash(None), hash(int) == hash(int))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
