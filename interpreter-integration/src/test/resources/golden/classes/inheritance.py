class Animal:
    sound = "..."
    def __init__(self, name): self.name = name
    def speak(self): return f"{self.name} says {self.sound}"
    def kind(self): return "animal"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    sound = "roar"
    def kind(self): return "big " + super().kind()
for a in (Animal("x"), Cat("tom"), Lion("leo")):
    print(a.speak(), a.kind())
print(Lion.__bases__[0].__name__, Lion.__base__.__name__, issubclass(Lion, Animal))
print([c.__name__ for c in Lion.__mro__])
