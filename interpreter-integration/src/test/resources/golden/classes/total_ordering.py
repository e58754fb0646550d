from functools import total_ordering
@total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"${self.c}"
a, b = Money(5), Money(7)
print(a < b, a <= b, a > b, a >= b, a == Money(5), a != b)
print(sorted([b, a, Money(1)]))
print(max(a, b), Money(3) >= Money(3))
