# Parenthesised context managers (3.9+): '(' items ')' ':' is several managers, anything else an expression
class C:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *exc):
        print("exit", self.n)

with (C(1), C(2)):
    print("body 1")
with (C(3)):
    print("body 2")
with (C(4), C(5),):
    print("body 3")
with (C(6) as a, C(7) as b):
    print("body 4", a.n, b.n)
with (C(8) as a,
      C(9)):
    print("body 5", a.n)
with (C(10)) as c, C(11):
    print("body 6", c.n)
try:
    with (C(12), C(13)) as t:
        pass
except TypeError as e:
    print("TypeError:", e)
with ([C(14)][0], {1: C(15)}[1]):
    print("body 7")
