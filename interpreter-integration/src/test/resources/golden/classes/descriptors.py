class Typed:
    def __init__(self, t): self.t = t
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, v):
        if not isinstance(v, self.t):
            raise TypeError(f"{self.name[1:]} must be {self.t.__name__}")
        setattr(obj, self.name, v)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, n, a): self.name, self.age = n, a
p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
