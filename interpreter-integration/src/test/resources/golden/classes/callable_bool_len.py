class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add3 = Adder(3)
print(add3(4), callable(add3), callable(Adder), list(map(add3, [1, 2])))
class Empty:
    def __len__(self): return 0
class Falsy:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Empty()), bool(Falsy()), len(Falsy()), bool(object()))
print("yes" if Empty() else "no")
try:
    class BadLen:
        def __len__(self): return -1
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
