class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog("a"), Dog("b")
a.add_trick("roll")
print(b.tricks, Dog.tricks is a.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "CANIS"
print(a.species, b.species)
del a.species
print(a.species)
print("species" in vars(a), "species" in vars(Dog))
