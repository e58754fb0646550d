print(3 in [1, 2, 3], 4 not in (1, 2), "ell" in "hello", "" in "abc")
print(2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'}, 5 in range(0, 10, 5), 6 in range(0, 10, 5))
print([1] in [[1], [2]], (1, 2) in {(1, 2): 0}, 1.0 in [1])
class C:
    def __init__(self): self.xs = [1, 2]
    def __contains__(self, v): return v in self.xs
print(1 in C(), 3 in C(), 3 not in C())
class It:
    def __iter__(self): return iter([10, 20])
print(20 in It(), 30 in It())
